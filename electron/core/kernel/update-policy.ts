// When Broadsheet looks for updates. Decided here, without Electron, so the
// rule is unit-tested; electron/shell/updates.ts only carries it out.

export interface UpdateSituation {
  /** app.isPackaged: false under `electron .` and in tests. */
  isPackaged: boolean;
  /** electron-builder writes app-update.yml into the resources only when `publish` names a target. */
  hasPublishConfig: boolean;
  env: Record<string, string | undefined>;
}

/** Why updates are off, or null when they should run. */
export function updatesDisabledReason({ isPackaged, hasPublishConfig, env }: UpdateSituation): string | null {
  if (!isPackaged) return 'development build';
  if (!hasPublishConfig) return 'no publish target configured';
  // For managed machines and package-manager installs that update the app themselves.
  if (env.BROADSHEET_DISABLE_UPDATES === '1') return 'BROADSHEET_DISABLE_UPDATES=1';
  return null;
}

/** How often a running app looks again: rarely enough not to bother a release server. */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
