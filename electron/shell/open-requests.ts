// Hands what the OS asks us to open (feed:/feeds: links, .opml files) to the
// core, which keeps it until the person confirms it in the window.
//   Windows/Linux: first launch → process.argv; while running → the single
//   instance lock's 'second-instance' argv.
//   macOS: 'open-url' / 'open-file', which can fire before the app is ready
//   (a double-clicked file launches us), so inputs are held until the core exists.
import { app } from 'electron';
import type { LibraryCore } from '../core/library-core.ts';

export const FEED_PROTOCOLS = ['feed', 'feeds'] as const;

export interface OpenRequestWiring {
  /** Call once the core and the window exist: delivers everything received so far. */
  coreReady(core: LibraryCore): void;
}

/** Must be called before app 'ready' so early macOS events are not lost. */
export function wireOpenRequests(showWindow: () => void): OpenRequestWiring {
  let core: LibraryCore | null = null;
  const early: { inputs: string[]; cwd: string }[] = [{ inputs: process.argv.slice(1), cwd: process.cwd() }];

  const deliver = (inputs: string[], cwd: string) => {
    if (!core) return void early.push({ inputs, cwd });
    core.openRequests.receive(inputs, cwd).then(
      (added) => {
        if (added.length > 0) showWindow();
      },
      (error: unknown) => console.error('[broadsheet] could not take an open request:', error),
    );
  };

  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliver([url], process.cwd());
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    deliver([path], process.cwd());
  });
  app.on('second-instance', (_event, argv, workingDirectory) => deliver(argv.slice(1), workingDirectory));

  // Only a packaged app registers itself: under `electron .` the OS would be
  // pointed at the bare Electron binary. The installers declare the schemes too
  // (Info.plist, the .desktop file); Windows NSIS relies on this call.
  if (app.isPackaged) {
    for (const scheme of FEED_PROTOCOLS) {
      if (!app.isDefaultProtocolClient(scheme)) app.setAsDefaultProtocolClient(scheme);
    }
  }

  return {
    coreReady(ready) {
      core = ready;
      for (const { inputs, cwd } of early.splice(0)) deliver(inputs, cwd);
    },
  };
}
