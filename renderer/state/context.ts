// All context keys in one place. Components ask for services by these keys,
// so tests can provide fakes without touching the bridge. bs-app provides them all.
import { createContext } from '@lit/context';
import type { Api } from '../api.ts';
import type { Announcer } from './announcer.ts';
import type { CommandRouter } from './command-router.ts';
import type { LibraryStore } from './library-store.ts';

export const apiContext = createContext<Api | null>(Symbol('broadsheet-api'));
/** The library as the window shows it: counts, sources, preferences, the list and the selection. */
export const libraryContext = createContext<LibraryStore | undefined>(Symbol('broadsheet-library'));
/** Where elements register the commands they own. */
export const commandsContext = createContext<CommandRouter | undefined>(Symbol('broadsheet-commands'));
/** The polite live region. */
export const announcerContext = createContext<Announcer | undefined>(Symbol('broadsheet-announcer'));
