// Whether Broadsheet can reach the web. Two witnesses: the renderer's
// navigator.onLine (the OS says the link is down) and our own requests
// (network-level failures to two different hosts with no success between
// them). A refresh asked for while offline waits on `whenOnline()`.
//
// Hosts the reader did not choose (an article's page, its images: whatever a
// feed links to) can be dead or hostile, so their failures alone never decide:
// two of them only start a check of the reader's own feed hosts, and the
// network is taken as down only if those fail too. The probe that looks for
// the network's return asks those feed hosts (several, not one), never the
// failing article address.
import type { ConnectivityState } from '../../shared/models.ts';
import { fetchBounded, DEFAULT_LIMITS } from './http.ts';

/** Hosts that must fail before one bad server is taken for a dead network. */
const FAILING_HOSTS_FOR_OFFLINE = 2;
export const PROBE_INTERVAL_MS = 30_000;

export type Probe = (url: string) => Promise<boolean>;

/** Who chose the host that failed: the reader (a feed they subscribed to) or a feed's content (article pages, images). */
export type FailureOrigin = 'chosen' | 'content';

/** Feed hosts asked at once when judging the network. */
const PROBE_HOSTS = 3;

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
  /** Addresses the reader chose (their feeds): what the probes ask. The root passes the library's feed addresses. */
  probeTargets?: () => string[];
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
  readonly #probeTargets: () => string[];
  /** Content hosts that failed since the last success. */
  readonly #failingContent = new Set<string>();
  /** The reader's own hosts failed a check too: the network is down. */
  #confirmedDown = false;
  #checking = false;

  constructor(options: ConnectivityOptions) {
    this.#now = options.now;
    this.#onChange = options.onChange ?? (() => {});
    this.#since = options.now();
    this.#probe = options.probe ?? defaultProbe;
    this.#probeIntervalMs = options.probeIntervalMs ?? PROBE_INTERVAL_MS;
    this.#probeTargets = options.probeTargets ?? (() => []);
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
    if (online) this.#forgetFailures();
    this.#update();
    return this.state();
  }

  /** A network-level failure at `url`. `content` failures (hosts a feed pointed at) only prompt a check of the reader's own hosts. */
  noteFailure(url: string, origin: FailureOrigin = 'chosen'): void {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return;
    }
    if (origin === 'content') {
      this.#failingContent.add(host);
      if (this.#failingContent.size >= FAILING_HOSTS_FOR_OFFLINE && this.#online) void this.#confirm();
      return;
    }
    this.#failingHosts.set(host, url);
    this.#update();
  }

  noteSuccess(): void {
    if (this.#failingHosts.size === 0 && this.#failingContent.size === 0 && !this.#confirmedDown) return;
    this.#forgetFailures();
    this.#update();
  }

  #forgetFailures(): void {
    this.#failingHosts.clear();
    this.#failingContent.clear();
    this.#confirmedDown = false;
  }

  /** The addresses to ask: the reader's feeds (one per host, a few) and their failing feed addresses; never a content address. */
  #targets(): string[] {
    const byHost = new Map<string, string>();
    for (const url of [...this.#failingHosts.values(), ...this.#probeTargets()]) {
      try {
        const host = new URL(url).host;
        if (!byHost.has(host)) byHost.set(host, url);
      } catch {
        // Not a URL.
      }
    }
    return [...byHost.values()].slice(0, PROBE_HOSTS);
  }

  /** Any of the reader's hosts answers: the network is there. */
  async #anyReachable(): Promise<boolean | null> {
    const targets = this.#targets();
    if (!targets.length) return null;
    const answers = await Promise.all(targets.map((url) => this.#probe(url).catch(() => false)));
    return answers.some(Boolean);
  }

  /** Two content hosts failed: are the reader's own hosts reachable? Only if not is the network down. */
  async #confirm(): Promise<void> {
    if (this.#checking) return;
    this.#checking = true;
    try {
      const reachable = await this.#anyReachable();
      // No host of the reader's own to ask (no feeds yet): failures at hosts they did not choose prove nothing.
      if (reachable === null || reachable) this.#failingContent.clear();
      else if (this.#failingContent.size >= FAILING_HOSTS_FOR_OFFLINE) {
        this.#confirmedDown = true;
        this.#update();
      }
    } finally {
      this.#checking = false;
    }
  }

  /** Resolves at once when online, else when the network returns. */
  whenOnline(): Promise<void> {
    if (this.#online) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #update(): void {
    const online = this.#systemOnline && this.#failingHosts.size < FAILING_HOSTS_FOR_OFFLINE && !this.#confirmedDown;
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
      void this.#anyReachable().then((reachable) => {
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
