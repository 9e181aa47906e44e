// The desktop shell: lifecycle, the window, the app:// protocol, IPC wiring
// and the menu. Everything else lives in electron/core and runs without Electron.
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, protocol, safeStorage, screen, session, shell } from 'electron';
import Store from 'electron-store';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, eventChannel, INVOKE_CHANNEL } from '../shared/contract.ts';
import type { Preferences, PreferencesPatch, WindowBounds } from '../shared/models.ts';
import { openLibraryCore, type LibraryCore } from '../core/library-core.ts';
import { createHost } from '../core/host/host.ts';
import { libraryDir } from '../core/kernel/paths.ts';
import { DEFAULT_PREFERENCES, normalizePreferences, type PreferenceStore } from '../core/kernel/preferences.ts';
import { hardenContents, hardenSession, secureWebPreferences } from './security.ts';
import { buildMenu } from './menu.ts';
import { wireOpenRequests, type OpenRequestWiring } from './open-requests.ts';
import { startUpdateChecks } from './updates.ts';
import { appSecretStore } from './secret-store.ts';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = join(here, '..', '..');

// Tests (and people who keep several libraries) can point the app at another profile.
if (process.env.BROADSHEET_USER_DATA) app.setPath('userData', process.env.BROADSHEET_USER_DATA);

// Registered before ready: a standard, secure scheme gets a real origin, so CSP 'self' and fetch work.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

class ElectronPreferences implements PreferenceStore {
  readonly #store = new Store<Preferences>({ name: 'preferences', defaults: DEFAULT_PREFERENCES });
  get(): Preferences {
    return normalizePreferences(this.#store.store);
  }
  update(patch: PreferencesPatch): Preferences {
    const next = normalizePreferences({ ...this.get(), ...patch });
    this.#store.set(next);
    return next;
  }
  setWindowBounds(bounds: WindowBounds): void {
    this.#store.set('windowBounds', bounds);
  }
}

let core: LibraryCore | null = null;
let mainWindow: BrowserWindow | null = null;
let openRequestWiring: OpenRequestWiring | null = null;

/** Brings the window forward (or back, on macOS after it was closed) so a feed: link or .opml file is seen. */
function showMainWindow(): void {
  if (!core) return;
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createWindow(core);
    mainWindow.on('closed', () => (mainWindow = null));
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function visibleBounds(saved: WindowBounds | null): WindowBounds {
  const fallback = { width: 1280, height: 820 };
  if (!saved) return fallback;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x === undefined || saved.y === undefined
      ? true
      : saved.x < a.x + a.width && saved.x + saved.width > a.x && saved.y < a.y + a.height && saved.y + saved.height > a.y,
  );
  return onScreen ? saved : fallback;
}

function createWindow(library: LibraryCore): BrowserWindow {
  const bounds = visibleBounds(library.preferences.get().windowBounds);
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Broadsheet',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16171a' : '#fbfaf7',
    webPreferences: secureWebPreferences(join(here, '..', 'preload.cjs')),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  const saveBounds = () => {
    if (!win.isDestroyed() && !win.isMinimized() && !win.isFullScreen()) library.preferences.setWindowBounds(win.getBounds());
  };
  win.on('resized', saveBounds);
  win.on('moved', saveBounds);
  win.on('close', saveBounds);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  const library = openLibraryCore({
    libraryDir: libraryDir(null, process.env),
    assetsDir: join(appRoot, 'assets'),
    preferences: new ElectronPreferences(),
    platform: { openExternal: (url) => shell.openExternal(url) },
    // The app refreshes feeds on start and on schedule and gives a new library the default news
    // sources; BROADSHEET_FEEDS=off (e2e runs) keeps a library to the sample edition, with no polling.
    feeds: process.env.BROADSHEET_FEEDS === 'off' ? {} : { schedule: true, defaultSources: true, fullText: true },
    // A sync account's password is sealed by the system keychain (or, without one, the 0600 key file), after ready.
    sync: { secrets: appSecretStore(safeStorage, app.getPath('userData')), schedule: process.env.BROADSHEET_FEEDS !== 'off' },
  });
  core = library;
  // The refresh schedule and the story back-fill: opening the library starts no timers by itself.
  library.start();

  hardenSession(session.defaultSession);
  const host = createHost(library, {
    allowedOrigins: [APP_ORIGIN],
    appRoot,
    pushEvent: (name, payload) => mainWindow?.webContents.send(eventChannel(name), payload),
    onInternalError: (method, error) => console.error(`[broadsheet] ${method} failed:`, error),
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== new URL(APP_ORIGIN).host) return new Response('Not found', { status: 404 });
    const response = await host.serve(url.pathname);
    return new Response(response.body as BodyInit, { status: response.status, headers: response.headers });
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    // Only our own window's main frame may call; anything else is refused inside dispatch.
    const fromOurWindow = mainWindow !== null && event.sender === mainWindow.webContents;
    return host.dispatch({ url: frame?.url ?? '', isMainFrame: fromOurWindow && frame !== null && frame.parent === null }, method, args);
  });
  library.onEvent((name, payload) => {
    if (name === 'preferencesChanged') nativeTheme.themeSource = (payload as Preferences).theme;
  });
  nativeTheme.themeSource = library.preferences.get().theme;

  // Menu items run renderer commands (the one command table); rebuilt when the keymap changes so accelerators stay true.
  const sendMenuCommand = (id: string) => mainWindow?.webContents.send(eventChannel('menuCommand'), { id });
  let menuKeymap = JSON.stringify(library.preferences.get().keymap);
  Menu.setApplicationMenu(buildMenu(sendMenuCommand, library.preferences.get().keymap));
  library.onEvent((name, payload) => {
    const keymap = name === 'preferencesChanged' ? (payload as Preferences).keymap : undefined;
    if (!keymap || JSON.stringify(keymap) === menuKeymap) return;
    menuKeymap = JSON.stringify(keymap);
    Menu.setApplicationMenu(buildMenu(sendMenuCommand, keymap));
  });
  mainWindow = createWindow(library);
  mainWindow.on('closed', () => (mainWindow = null));
  openRequestWiring?.coreReady(library);
  void startUpdateChecks(() => mainWindow);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  openRequestWiring = wireOpenRequests(showMainWindow);
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(start, (error: unknown) => {
    console.error('[broadsheet] could not start:', error);
    app.exit(1);
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(core);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
