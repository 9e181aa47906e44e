// Hosts for testing the controllers of renderer/state in Chromium, each on its own: a small
// element that owns one controller (and whatever it needs), shows what the controller holds,
// and a fake library client. Bundled with the whole renderer by controller-page.ts, so the
// real elements (bs-related, bs-help…) and these hosts share one Lit and one set of context
// keys. Never part of the app: renderer/main.ts does not import this file.
import '../../main.ts';
import { provide } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';
import type { Api } from '../../api.ts';
import { Announcer } from '../announcer.ts';
import { CommandRouter, type CommandRun } from '../command-router.ts';
import { announcerContext, commandsContext, libraryContext } from '../context.ts';
import { FocusRegions } from '../focus-regions.ts';
import { LibraryStore } from '../library-store.ts';
import { OwnCommands } from '../own-commands.ts';
import { arrange } from '../pane-layout.ts';
import { RelatedStories } from '../related-stories.ts';
import { UndoHistory } from '../undo.ts';

type Method = (...args: never[]) => Promise<unknown>;
type Groups = Record<string, Record<string, Method>>;

/** Calls the fake client received, as ['group.method', ...args]. */
const calls: unknown[][] = [];
/** What the hosts' own commands did, in order. */
const log: string[] = [];
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh article summary. */
function summary(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: `Headline ${id}`,
    url: `https://outlet.example/${id}`,
    source: { id: 1, title: 'Harbour Ledger' },
    byline: null,
    section: null,
    published: new Date(Date.UTC(2026, 10, 25, 12) - id * 60_000).toISOString(),
    summary: null,
    image: null,
    read: false,
    bookmarked: false,
    readingMinutes: 3,
    ...overrides,
  };
}

/**
 * A library client that answers like an empty library unless told otherwise, records every
 * call, and lets a test push the library's events (`emit`). `overrides` replaces methods by
 * group; `preferences` are the stored preferences it starts with.
 */
function fakeApi(overrides: Groups = {}, preferences: Record<string, unknown> = {}): Api & { emit(event: string, payload: unknown): void } {
  let prefs = { ...DEFAULT_PREFERENCES, ...preferences };
  const defaults: Groups = {
    preferences: {
      get: async () => prefs,
      set: async (patch: never) => (prefs = { ...prefs, ...(patch as object) }),
    },
    library: {
      edition: async () => ({ appName: 'Broadsheet', date: '2026-11-25', articleCount: 0, unreadCount: 0, bookmarkCount: 0, sourceCount: 0 }),
      articles: async () => ({ items: [], total: 0, next: null }),
      search: async () => [],
      article: async (id: never) => ({ ...summary(id as number), html: '<p>Body.</p>', lang: 'en', dir: 'ltr', wordCount: 2 }),
    },
    feeds: { sources: async () => [] },
    related: { articles: async () => [], bigPicture: async () => [] },
    system: { openExternal: async () => true },
  };
  const api: Record<string, unknown> = {
    on: (event: string, listener: (payload: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
  };
  for (const group of new Set([...Object.keys(defaults), ...Object.keys(overrides)])) {
    const methods = { ...defaults[group], ...overrides[group] };
    api[group] = Object.fromEntries(
      Object.entries(methods).map(([name, method]) => [
        name,
        (...args: never[]) => {
          calls.push([`${group}.${name}`, ...args]);
          return method(...args);
        },
      ]),
    );
  }
  return api as unknown as Api & { emit(event: string, payload: unknown): void };
}

/** Fires a bubbling event from inside `host`, as one of its elements would. */
function fire(host: Element, type: string, detail: unknown = null): void {
  const child = host.querySelector('[data-fires]') ?? host.appendChild(Object.assign(document.createElement('span'), { hidden: true }));
  child.setAttribute('data-fires', '');
  child.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** What page.evaluate in the tests reaches as window.controllerTest. */
const testing = { calls, log, fakeApi, summary, sleep, fire, arrange };

declare global {
  interface Window {
    controllerTest: typeof testing;
  }
}
window.controllerTest = testing;

/** The library store with a live region: shows the list heading, its state, and one row per article. */
@customElement('test-library-host')
export class TestLibraryHost extends LitElement {
  @property({ attribute: false }) accessor api: Api | null = null;

  @provide({ context: announcerContext })
  accessor announcer = new Announcer(this);

  @provide({ context: libraryContext })
  accessor library = new LibraryStore(this, { api: () => this.api, announce: (text) => this.announcer.announce(text) });

  override render() {
    const l = this.library;
    if (l.startError) return html`<p role="alert">${l.startError}</p>`;
    return html`<h2>${l.heading}</h2>
      <p class="list-state">${l.listState === 'error' ? `Failed: ${l.listError}` : l.listState}</p>
      <ul aria-label=${l.heading}>
        ${l.items.map((i) => html`<li class=${i.read ? 'read' : 'unread'} aria-selected=${i.id === l.selectedId ? 'true' : 'false'}>${i.title}${i.bookmarked ? ' ★' : ''}</li>`)}
      </ul>
      ${l.hasMore ? html`<p class="more">More to load</p>` : nothing}
      <p class="counts">${l.edition ? `${l.edition.unreadCount} unread` : ''}</p>
      <p class="open">${l.reading.article?.title ?? ''}</p>
      ${this.announcer.region()}
      <slot></slot>`;
  }
}

/** A command router with a live region; its commands come from the elements put inside it. */
@customElement('test-command-host')
export class TestCommandHost extends LitElement {
  @provide({ context: announcerContext })
  accessor announcer = new Announcer(this);

  @provide({ context: commandsContext })
  accessor commands = new CommandRouter(this, { watch: (id) => (log.push(`watch ${id}`), () => void log.push(`watched ${id}`)) });

  override render() {
    return html`<slot></slot>${this.announcer.region()}`;
  }
}

/** Owns a few commands that log what they do: g a is slow, r is slower than the router waits, o never applies. */
@customElement('test-command-owner')
export class TestCommandOwner extends LitElement {
  readonly #commands = new OwnCommands(this, {
    'article.next': () => void log.push('article.next'),
    'focus.previous': () => void log.push('focus.previous'),
    'go.all': (run) => this.#slow('go.all', 150, run),
    'library.refresh': (run) => this.#slow('library.refresh', 1000, run),
    'article.open': () => false,
    'view.toggleSources': () => void log.push('view.toggleSources'),
  });

  async #slow(name: string, ms: number, run: CommandRun): Promise<void> {
    log.push(`${name} started`);
    await sleep(ms);
    log.push(run.superseded ? `${name} superseded` : `${name} done`);
  }

  override render() {
    return html`<button type="button">Owner</button>`;
  }
}

interface Column {
  name: string;
  buttons: string[];
  hidden?: boolean;
  fallback?: boolean;
}

/**
 * Focus regions over columns of buttons, with a router: l and h move between them; r empties the
 * focused column and refills it a moment later (a list reloading), Escape empties it for good.
 */
@customElement('test-focus-host')
export class TestFocusHost extends LitElement {
  @property({ attribute: false }) accessor columns: Column[] = [];

  readonly commands = new CommandRouter(this, { watch: () => this.regions.watch() });
  readonly regions = new FocusRegions(this, {
    regions: () =>
      this.columns.map((c) => {
        const element = this.renderRoot.querySelector<HTMLElement>(`section[aria-label="${c.name}"]`);
        const focus = () => {
          const first = element?.querySelector('button');
          first?.focus();
          return !!first;
        };
        return { name: c.name, element, focus, fallback: c.fallback };
      }),
  });

  constructor() {
    super();
    this.commands.register(this.regions.commands);
    this.commands.register({
      'library.refresh': () => this.#empty(true),
      'app.escape': () => this.#empty(false),
    });
  }

  async #empty(refill: boolean): Promise<void> {
    const at = this.regions.current();
    const column = this.columns[at];
    if (!column) return;
    this.columns = this.columns.map((c, i) => (i === at ? { ...c, buttons: [] } : c));
    if (!refill) return;
    await sleep(100);
    this.columns = this.columns.map((c, i) => (i === at ? { ...c, buttons: column.buttons.map((b) => `${b} again`) } : c));
  }

  override render() {
    return this.columns.map(
      (c) => html`<section aria-label=${c.name} ?hidden=${c.hidden}>${c.buttons.map((b) => html`<button type="button">${b}</button>`)}</section>`,
    );
  }
}

/** The live region alone, announcing the messages of the events that finished actions fire. */
@customElement('test-announcer-host')
export class TestAnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this, { messagesFrom: ['export-done', 'open-request-resolved'] });

  override render() {
    return html`${this.announcer.region()}<slot></slot>`;
  }
}

/** Related stories for a selection set from outside, in a real bs-related (and bs-big-picture while open), with [ and ]. */
@customElement('test-related-host')
export class TestRelatedHost extends LitElement {
  @property({ attribute: false }) accessor api: Api | null = null;
  @property({ type: Number }) accessor selected: number | null = null;
  @property({ type: Boolean }) accessor bigPictureOpen = false;

  @provide({ context: announcerContext })
  accessor announcer = new Announcer(this);

  readonly commands = new CommandRouter(this);
  readonly stories = new RelatedStories(this, {
    api: () => this.api,
    selected: () => this.selected,
    bigPictureOpen: () => this.bigPictureOpen,
    sidebar: () => this.renderRoot.querySelector('bs-related'),
    announce: (text) => this.announcer.announce(text),
  });

  constructor() {
    super();
    this.commands.register(this.stories.commands);
  }

  override render() {
    const s = this.stories.sidebar;
    const big = this.stories.bigPictureView;
    return html`<bs-related state=${s.state} .entries=${s.entries} error-message=${s.errorMessage}></bs-related>
      ${this.bigPictureOpen ? html`<bs-big-picture state=${big.state} .clusters=${big.clusters} .day=${big.day}></bs-big-picture>` : nothing}
      ${this.announcer.region()}`;
  }
}

/** Undo with its status region and a command router (Ctrl+Z), and a text field to type in. */
@customElement('test-undo-host')
export class TestUndoHost extends LitElement {
  readonly announcer = new Announcer(this);
  readonly commands = new CommandRouter(this);
  readonly undo = new UndoHistory(this, { announce: (text, action) => this.announcer.announce(text, action) });

  constructor() {
    super();
    this.commands.register(this.undo.commands);
  }

  override render() {
    return html`<input type="text" aria-label="Notes" />${this.announcer.region()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-undo-host': TestUndoHost;
    'test-library-host': TestLibraryHost;
    'test-command-host': TestCommandHost;
    'test-command-owner': TestCommandOwner;
    'test-focus-host': TestFocusHost;
    'test-announcer-host': TestAnnouncerHost;
    'test-related-host': TestRelatedHost;
  }
}
