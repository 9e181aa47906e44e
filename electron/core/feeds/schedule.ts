// The refresh schedule: everything once at start-up, then every tick the
// sources whose interval (their own, or the preference) has passed. Stopped
// when the library closes; started only when the shell asks for it.
import type { CoreContext } from '../library-core.ts';
import { feedOptions } from './options.ts';
import { refresh } from './refresh.ts';

export interface Schedule {
  stop(): void;
}

export function startSchedule(ctx: CoreContext): Schedule {
  const { tickMs } = feedOptions(ctx);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = (startup: boolean) => {
    if (stopped) return;
    refresh(ctx, null, { dueOnly: true, startup })
      .catch((error: unknown) => console.error('[broadsheet] scheduled refresh failed:', error))
      .finally(() => {
        if (!stopped) timer = setTimeout(() => run(false), tickMs);
      });
  };
  timer = setTimeout(() => run(true), 0);
  const schedule: Schedule = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
  ctx.onClose(() => schedule.stop());
  return schedule;
}
