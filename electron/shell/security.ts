// Window and session hardening from Electron's security checklist.
// Do not change without the checklist at hand: each guard has a test in
// electron/shell/security.test.ts or e2e/specs/security.spec.ts.
import { app, shell, type Session, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { externalUrl } from '../core/library-core.ts';
import { isAppUrl, isOwnDownload } from './web-preferences.ts';

export { isAppUrl, isOwnDownload, secureWebPreferences } from './web-preferences.ts';

export function hardenSession(session: Session): void {
  // Nothing the app does needs camera, notifications, geolocation and so on.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Exports are <a download> clicks on blob: URLs the renderer made. Those ask where to save
  // (Electron's save dialog, starting in Downloads); anything else that tries to download is cancelled.
  session.on('will-download', (event, item) => {
    if (!isOwnDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(app.getPath('downloads'), basename(item.getFilename())) });
  });
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = externalUrl(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
}
