// Updates from the GitHub releases named in electron-builder.yml's `publish`.
// Off in development and when no publish target was built in (see
// core/update-policy.ts); downloads quietly and asks before restarting.
import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UPDATE_CHECK_INTERVAL_MS, updatesDisabledReason } from '../core/kernel/update-policy.ts';

export async function startUpdateChecks(currentWindow: () => BrowserWindow | null): Promise<void> {
  const reason = updatesDisabledReason({
    isPackaged: app.isPackaged,
    hasPublishConfig: app.isPackaged && existsSync(join(process.resourcesPath, 'app-update.yml')),
    env: process.env,
  });
  if (reason) {
    console.info(`[broadsheet] updates off: ${reason}`);
    return;
  }
  // Loaded only here: electron-updater reads the packaged app's files as it starts.
  const { autoUpdater } = (await import('electron-updater')).default;
  autoUpdater.autoDownload = true;
  // Declining the restart still installs the update the next time the person quits.
  autoUpdater.autoInstallOnAppQuit = true;
  // Being offline is normal for a reader that keeps its library offline: log, never nag.
  autoUpdater.on('error', (error) => console.warn('[broadsheet] update check failed:', error.message));
  autoUpdater.on('update-downloaded', async (info) => {
    const win = currentWindow();
    const options = {
      type: 'info' as const,
      buttons: ['Restart now', 'Later'],
      defaultId: 0,
      cancelId: 1,
      title: 'Update ready',
      message: `Broadsheet ${info.version} is ready to install.`,
      detail: 'Restart now to use it, or keep reading: it will be installed the next time you quit Broadsheet.',
    };
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response === 0) autoUpdater.quitAndInstall();
  });
  const check = () => void autoUpdater.checkForUpdates().catch(() => {});
  check();
  setInterval(check, UPDATE_CHECK_INTERVAL_MS).unref();
}
