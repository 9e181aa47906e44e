// All context keys in one place. Components ask for services by these keys,
// so tests can provide fakes without touching the bridge.
import { createContext } from '@lit/context';
import type { Api } from '../api.ts';

export const apiContext = createContext<Api | null>(Symbol('broadsheet-api'));
