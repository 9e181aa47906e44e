// The sync methods of the contract, as a handler group for library-core.
import type { GroupHandlers } from '../../shared/contract.ts';
import type { SyncEngine } from './engine.ts';

export function syncHandlers(engine: SyncEngine): GroupHandlers<'sync'> {
  return {
    account: () => engine.info(),
    test: (input) => engine.test(input),
    addAccount: (input) => engine.addAccount(input),
    removeAccount: () => engine.removeAccount(),
    now: () => engine.sync({ manual: true }),
  };
}
