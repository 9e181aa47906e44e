// The desktop shell: lifecycle, the window, the app:// protocol, IPC wiring
// and the menu. Everything else lives in electron/core and runs without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, safeStorage, screen, session, shell } from 'electron';
import Store from 'electron-store';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, eventChannel, INVOKE_CHANNEL } from '../shared/contract.ts';
import type { Preferences, WindowBounds } from '../shared/models.ts';
import { openLibraryCore, type LibraryCore } from '../core/library-core.ts';
import { createHost } from '../core/host/host.ts';
import { libraryDir } from '../core/kernel/paths.ts';
import { DEFAULT_PREFERENCES, openStoredPreferences, type KeyValueFile } from '../core/kernel/preferences.ts';
import { damagedLibraryChoices, LibraryDamagedError, recoverLibrary, startupFailure } from '../core/host/startup.ts';
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

/** electron-store's file, as userData/preferences.json; where start-up failures say it is. */
const preferencesFile = () => join(app.getPath('userData'), 'preferences.json');

/**
 * Opens the library; a damaged one (LibraryDamagedError: nothing was written
 * to it) first gets a choice: restore the latest backup, salvage what can be
 * read into a new library, or quit. Returns null for quit.
 */
function openLibraryOrRecover(open: () => LibraryCore): LibraryCore | null {
  for (let attempt = 0; ; attempt++) {
    try {
      return open();
    } catch (error) {
      if (!(error instanceof LibraryDamagedError) || attempt >= 2) throw error;
      const choices = damagedLibraryChoices(error);
      const picked = dialog.showMessageBoxSync({
        type: 'error',
        title: 'Broadsheet',
        message: choices.message,
        detail: choices.detail,
        buttons: choices.buttons.map((b) => b.label),
        defaultId: 0,
        cancelId: choices.buttons.length - 1,
        noLink: true,
      });
      const action = choices.buttons[picked]?.action ?? 'quit';
      if (action === 'quit') return null;
      const done = recoverLibrary(error.libraryDir, action);
      dialog.showMessageBoxSync({ type: 'info', title: 'Broadsheet', message: 'Your library was recovered', detail: done, buttons: ['Open Broadsheet'] });
    }
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
  // A damaged preferences file is moved aside (preferences.json.corrupt-<date>) and the defaults used; never a failed start.
  const { preferences, notice } = openStoredPreferences(
    () => new Store<Preferences>({ name: 'preferences', defaults: DEFAULT_PREFERENCES }) as unknown as KeyValueFile,
    preferencesFile(),
  );
  const library = openLibraryOrRecover(() => openLibraryCore({
    libraryDir: libraryDir(null, process.env),
    assetsDir: join(appRoot, 'assets'),
    preferences,
    platform: { openExternal: (url) => shell.openExternal(url) },
    // The app refreshes feeds on start and on schedule and gives a new library the default news
    // sources; BROADSHEET_FEEDS=off (e2e runs) keeps a library to the sample edition, with no polling.
    feeds: process.env.BROADSHEET_FEEDS === 'off' ? {} : { schedule: true, defaultSources: true, fullText: true },
    // A sync account's password is sealed by the system keychain (or, without one, the 0600 key file), after ready.
    sync: { secrets: appSecretStore(safeStorage, app.getPath('userData')), schedule: process.env.BROADSHEET_FEEDS !== 'off' },
    // The daily integrity check and backup (a worker), and the offline copies a quit or crash left unmade.
    maintenance: { onResult: (result) => { if (result instanceof Error || !result.check.ok) console.error('[broadsheet] daily check and backup:', result); } },
    resumeOfflineCopies: true,
  }));
  if (!library) {
    app.exit(0);
    return;
  }
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
  if (notice) {
    // The preferences file could not be read and was moved aside: said once the window is up.
    const win = mainWindow;
    win.once('ready-to-show', () => void dialog.showMessageBox(win, { type: 'warning', title: 'Broadsheet', message: 'Your preferences were reset', detail: notice }));
  }
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
  // .catch after .then(start): a failure anywhere inside start() (not only in whenReady) gets the one dialog.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[broadsheet] could not start:', error);
      const failure = startupFailure(error, { libraryDir: libraryDir(null, process.env), preferencesFile: preferencesFile() });
      dialog.showErrorBox(failure.title, failure.detail);
      core?.close();
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
