// Whether Broadsheet can reach the web. Two witnesses: the renderer's
// navigator.onLine (the OS says the link is down) and our own requests
// (network-level failures to two different hosts with no success between
// them). A refresh asked for while offline waits on `whenOnline()`.
import type { ConnectivityState } from '../../shared/models.ts';
import { fetchBounded, DEFAULT_LIMITS } from './http.ts';

/** Hosts that must fail before one bad server is taken for a dead network. */
const FAILING_HOSTS_FOR_OFFLINE = 2;
export const PROBE_INTERVAL_MS = 30_000;

export type Probe = (url: string) => Promise<boolean>;

const defaultProbe: Probe = async (url) => {
  try {
    await fetchBounded({ url, accept: '*/*' }, { ...DEFAULT_LIMITS, totalTimeoutMs: 10_000, maxCompressedBytes: 1024 * 1024, maxDecompressedBytes: 1024 * 1024 });
    return true;
  } catch (error) {
    // Any answer from a server (even a 404) means the network is there.
    const failure = (error as { failure?: string }).failure;
    return failure !== undefined && failure !== 'network' && failure !== 'connect-timeout' && failure !== 'timeout';
  }
};

export interface ConnectivityOptions {
  now: () => number;
  /** Told of every change between online and offline (the root sends it on as connectivityChanged). */
  onChange?: (state: ConnectivityState) => void;
  probe?: Probe;
  probeIntervalMs?: number;
}

export class Connectivity {
  readonly #now: () => number;
  readonly #onChange: (state: ConnectivityState) => void;
  #systemOnline = true;
  readonly #failingHosts = new Map<string, string>();
  #since: number;
  #online = true;
  #waiters: (() => void)[] = [];
  #probeTimer: ReturnType<typeof setInterval> | null = null;
  readonly #probe: Probe;
  readonly #probeIntervalMs: number;

  constructor(options: ConnectivityOptions) {
    this.#now = options.now;
    this.#onChange = options.onChange ?? (() => {});
    this.#since = options.now();
    this.#probe = options.probe ?? defaultProbe;
    this.#probeIntervalMs = options.probeIntervalMs ?? PROBE_INTERVAL_MS;
  }

  /** Stops probing for the network's return (the library is closing). */
  close(): void {
    this.#stopProbing();
  }

  state(): ConnectivityState {
    return {
      online: this.#online,
      reason: this.#online ? 'online' : this.#systemOnline ? 'requests-failing' : 'system-offline',
      since: new Date(this.#since).toISOString(),
    };
  }

  get online(): boolean {
    return this.#online;
  }

  /** What the renderer's navigator.onLine says (sent on start and on every online/offline event). */
  reportSystem(online: boolean): ConnectivityState {
    this.#systemOnline = online;
    // The OS saying the link is back is worth a fresh look at the hosts that failed.
    if (online) this.#failingHosts.clear();
    this.#update();
    return this.state();
  }

  noteFailure(url: string): void {
    try {
      const host = new URL(url).host;
      this.#failingHosts.set(host, url);
    } catch {
      return;
    }
    this.#update();
  }

  noteSuccess(): void {
    if (this.#failingHosts.size === 0) return;
    this.#failingHosts.clear();
    this.#update();
  }

  /** Resolves at once when online, else when the network returns. */
  whenOnline(): Promise<void> {
    if (this.#online) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #update(): void {
    const online = this.#systemOnline && this.#failingHosts.size < FAILING_HOSTS_FOR_OFFLINE;
    if (online === this.#online) return;
    this.#online = online;
    this.#since = this.#now();
    this.#onChange(this.state());
    if (online) {
      this.#stopProbing();
      for (const resolve of this.#waiters.splice(0)) resolve();
    } else if (this.#systemOnline) {
      this.#startProbing();
    }
  }

  #startProbing(): void {
    if (this.#probeTimer) return;
    this.#probeTimer = setInterval(() => {
      const url = [...this.#failingHosts.values()].pop();
      if (!url) return;
      void this.#probe(url).then((reachable) => {
        if (reachable) this.noteSuccess();
      });
    }, this.#probeIntervalMs);
    this.#probeTimer.unref?.();
  }

  #stopProbing(): void {
    if (this.#probeTimer) clearInterval(this.#probeTimer);
    this.#probeTimer = null;
  }
}
