// The window's web preferences, kept free of Electron runtime imports so the
// guard test (web-preferences.test.ts) can check them under plain Node.
// Do not loosen any of these without Electron's security checklist at hand.
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../shared/contract.ts';

export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** True only for pages of our own app:// origin; navigation anywhere else is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * True only for a blob: URL our own page made (exports of subscriptions and bookmarks);
 * any other download is refused, so a page can never save files through the app.
 */
export function isOwnDownload(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
