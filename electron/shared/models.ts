// Plain data shapes that cross the boundary between the library (main process)
// and the renderer. No 'electron' and no 'node:' imports here.

export type ThemeChoice = 'system' | 'light' | 'dark';
export type ListView = 'all' | 'unread' | 'bookmarks';
export type RelatedGroup = 'same-story' | 'related';

export interface SourceRef {
  id: number;
  title: string;
}

export interface SourceInfo extends SourceRef {
  siteUrl: string | null;
  feedUrl: string | null;
  folder: string | null;
  unread: number;
  total: number;
  /** Feed sources only: when the last refresh succeeded (ISO 8601, UTC), or null if never. */
  lastSuccess?: string | null;
  /** Feed sources only: what went wrong on the last refresh, in plain words; null when it worked. */
  lastError?: string | null;
  /** Feed sources only: the feed is gone for good (HTTP 410) and is no longer polled. */
  gone?: boolean;
  /** Feed sources only: this source's own refresh interval in minutes, or null for the preference. */
  refreshMinutes?: number | null;
  /** "Prefer as the story's lead": a folded story shows this source's version when it has one. */
  storyLead?: boolean;
  /** Feed sources only: another source that is this same feed at a second address (its self link, or where its redirects end). */
  sameFeedAs?: SourceRef;
  /** A source of the bundled sample edition (no feed; removed as a whole with library.removeSampleEdition). */
  sampleEdition?: boolean;
}

/** A feed found on a site the reader pasted; one of these is passed back as `choice`. */
export interface FeedCandidate {
  url: string;
  title: string | null;
  /** 'rss', 'atom', 'json' or null when only the address is known. */
  format: string | null;
}

/** What `subscribe` gives back: the new source, or the feeds to choose from. */
export type SubscribeResult =
  | { kind: 'subscribed'; source: SourceInfo; newArticles: number; alreadySubscribed: boolean }
  | { kind: 'choose'; candidates: FeedCandidate[] };

export interface RefreshSummary {
  /** Sources that were checked. */
  checked: number;
  /** Articles that were not in the library before. */
  newArticles: number;
  /** Sources whose refresh failed, with the reason in plain words. */
  failed: { sourceId: number; title: string; error: string }[];
}

export interface RefreshProgress {
  running: boolean;
  done: number;
  total: number;
  newArticles: number;
}

export interface OpmlImportResult {
  added: number;
  skipped: number;
  /** Outlines that could not be used, each with the reason. */
  problems: string[];
}

export interface ArticleSummary {
  id: number;
  title: string;
  url: string | null;
  source: SourceRef;
  byline: string | null;
  section: string | null;
  /** ISO 8601, UTC. */
  published: string;
  summary: string;
  image: string | null;
  read: boolean;
  bookmarked: boolean;
  readingMinutes: number;
  /** In a folded list: this row stands for a story that other articles in the list also report. */
  story?: FoldedStory;
  /** Search results only: a few lines of the article's text around what matched, the matched words marked. */
  snippet?: SnippetPart[];
}

/** A story folded into one list row: the row's article leads it, the others are listed beneath. */
export interface FoldedStory {
  /** Stable while the story grows (articles join it, or it merges with another). */
  id: number;
  /** The story's other articles in this list (same view, source or folder), newest first. */
  others: ArticleSummary[];
  /** Unread articles of the story in this list, the lead included. */
  unread: number;
}

/** Where a folded story sits in the list: at its first coverage (stable) or its latest (jumps up as it grows). */
export type StoryOrder = 'first' | 'latest';

/** A run of a search snippet's plain text; `match` runs are the words the search found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Article extends ArticleSummary {
  /** Sanitized HTML; still rendered only where no script can run. */
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  wordCount: number;
  /** Other sources that carried the same article (it is stored once). */
  alsoIn?: SourceRef[];
  /** Offline reading: which version is shown and which exist. */
  reader?: ReaderVersions;
  /** Podcast audio or video the feed attached (docs/listen.md, "Podcasts"). */
  enclosures?: Enclosure[];
}

/** Listen's bundled voices (Flite, electron/core/speech): English only. */
export const BUNDLED_VOICES = ['kal16', 'slt', 'rms'] as const;
export type BundledVoice = (typeof BUNDLED_VOICES)[number];
/** The languages (primary subtags) the bundled voices speak. */
export const BUNDLED_LANGUAGES: readonly string[] = ['en'];

/** What the bundled voice offers: the languages it speaks (primary subtags) and its voices. */
export interface BundledVoiceInfo {
  languages: string[];
  voices: BundledVoice[];
  defaultVoice: BundledVoice;
}

/** A feed entry's enclosure (an episode's audio or video), with how far the reader has listened. */
export interface Enclosure {
  url: string;
  /** MIME type as the feed says, or null. */
  type: string | null;
  /** Bytes as the feed says, or null. */
  length: number | null;
  /** Seconds (itunes:duration), or null. */
  duration: number | null;
  /** Seconds listened so far; playback resumes here. */
  position: number;
  /** The audio kept offline for a bookmarked episode (served by the app), when it is. */
  kept?: { path: string; bytes: number };
}

export interface ListQuery {
  view: ListView;
  sourceId?: number | null;
  /** Only articles from sources in this folder. */
  folder?: string | null;
  /** Opaque keyset cursor returned as `next` by the previous page. */
  cursor?: string | null;
  limit?: number;
  /** One row per story (its other articles in `story.others`); the Bookmarks view is never folded. */
  fold?: boolean;
  /** With `fold`: where a story's row sits (default 'first'). */
  storyOrder?: StoryOrder;
}

export interface ArticlePage {
  items: ArticleSummary[];
  next: string | null;
  /** Matching articles in all; counted for the first page only (null on later pages). */
  total: number | null;
}

export interface RelatedEntry {
  article: ArticleSummary;
  group: RelatedGroup;
  score: number;
  /** A few words saying why: the distinctive names and terms shared. */
  reason: string;
  /** Other sources that carried the same text (syndicated or duplicate copies folded into this entry). */
  alsoIn?: SourceRef[];
}

/** One event in the Big picture: the articles from all sources that cover it. */
export interface StoryCluster {
  /** Stable within one answer: the id of the cluster's headline article. */
  id: number;
  headline: string;
  sourceCount: number;
  sources: SourceRef[];
  /** Newest first. */
  articles: ArticleSummary[];
}

export interface BigPictureQuery {
  /** '24h' for the last 24 hours (the default when no day is given). */
  since?: '24h' | null;
  /** A calendar day in the reader's time zone, YYYY-MM-DD. */
  day?: string | null;
}

export interface EditionInfo {
  appName: string;
  /** Today's date in the user's calendar (YYYY-MM-DD). */
  date: string;
  articleCount: number;
  unreadCount: number;
  bookmarkCount: number;
  sourceCount: number;
}

/** What the library holds and what it costs on disk (the About dialog, `cli stats`). */
export interface LibraryStats {
  articles: number;
  unread: number;
  bookmarks: number;
  /** Sources of every kind, the sample edition included. */
  sources: number;
  /** Article images and other media kept for offline reading. */
  mediaFiles: number;
  /** The database with its write-ahead log, in bytes. */
  databaseBytes: number;
  /** The kept media, in bytes. */
  mediaBytes: number;
  /** Where the library lives, so a person can find or back it up. */
  libraryDir: string;
  /** The backups kept beside the library (before updates, daily, by hand). */
  backups: { count: number; bytes: number; newest: number | null };
  /** Why the last daily check and backup failed (not enough free space, a damaged page), or null. */
  backupProblem: string | null;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Preferences {
  theme: ThemeChoice;
  /** Reading pane font size in CSS pixels. */
  fontSize: number;
  lastArticleId: number | null;
  lastView: ListView;
  markReadOnOpen: boolean;
  windowBounds: WindowBounds | null;
  /** Minutes between scheduled feed refreshes. */
  refreshMinutes: number;
  /** Days to keep feed articles (the newest 50 per source and bookmarks are always kept). */
  retentionDays: number;
  /** Megabytes of audio kept offline for bookmarked podcast episodes, all together (0: keep none). */
  offlineAudioMb: number;
  /** Offline reading: which new articles get their full text and images fetched. */
  fullText: FullTextPolicy;
  /**
   * "Allow fetching from local network addresses": off by default, so links and images in feeds and
   * pages cannot make Broadsheet fetch from this computer or the local network (loopback, private,
   * link-local addresses). Feeds the reader subscribed to on such a host are fetched either way.
   */
  allowLocalNetwork: boolean;
  /** Keyboard shortcut overrides: command id → its complete list of bindings ([] unbinds). Defaults live in electron/shared/commands.ts. */
  keymap: Record<string, string[]>;
  /** The article list shows one row per story, its other outlets beneath. */
  foldStories: boolean;
  /** Opening a folded story's lead marks the whole story read. */
  readStoryOnce: boolean;
  /** Where a folded story sits: its first coverage (stays put as it grows) or its latest. */
  storyOrder: StoryOrder;
  /** Pane widths in CSS pixels, as last dragged (bounds in electron/shared/preferences.ts, PANE_WIDTHS). */
  sourcesWidth: number;
  listWidth: number;
  relatedWidth: number;
  /** Panes the person folded away; a toggle in the masthead and a key bring each back. */
  sourcesCollapsed: boolean;
  relatedCollapsed: boolean;
  /** The masthead's tagline under the paper's name. */
  showTagline: boolean;
}

export type PreferencesPatch = Partial<Omit<Preferences, 'windowBounds'>>;

/** Something the OS asked Broadsheet to open (a feed: link, an .opml file), waiting for the person's answer. */
export interface PendingOpenRequest {
  id: string;
  kind: 'subscribe' | 'import-opml';
  /** What the person is asked about: the feed's URL, or the OPML file's name. */
  target: string;
  /** Why it cannot be done, found up front; the dialog then only explains. */
  problem: string | null;
}

export interface OpenRequestOutcome {
  id: string;
  status: 'done' | 'dismissed';
  message: string;
}

/** Which version of an article the reading pane shows, and which exist (offline reading). */
export type ContentSource = 'full' | 'feed';

export interface ReaderVersions {
  showing: ContentSource;
  /** The extracted full article is stored. */
  hasFull: boolean;
  /** The feed carried content of its own. */
  hasFeed: boolean;
  /** 'none': not fetched yet; 'failed': the page could not be fetched or read (see fullError). */
  fullStatus: 'none' | 'ok' | 'failed';
  fullError: string | null;
  siteName: string | null;
}

/** Full-text fetching for new articles: 'auto' fetches when the feed item is only a summary. */
export type FullTextPolicy = 'auto' | 'all' | 'bookmarked' | 'off';

export interface ConnectivityState {
  online: boolean;
  reason: 'online' | 'system-offline' | 'requests-failing';
  /** ISO 8601, when the state last changed. */
  since: string;
}

export type BookmarkExportFormat = 'markdown' | 'html' | 'json';

export interface BookmarkImportResult {
  imported: number;
  /** Already in the library (bookmarked now if they were not). */
  matched: number;
  /** Entries that could not be used, each with the reason. */
  problems: string[];
}

export interface LibraryChange {
  /** 'stories': articles joined a story (the list's folded rows changed). */
  reason: 'bookmark' | 'read' | 'import' | 'refresh' | 'full-text' | 'stories';
  articleIds: number[];
}

export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_ARGUMENT'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  /** A feed or site could not be fetched or read; the message says why in plain words. */
  | 'FEED_UNAVAILABLE'
  /** The sync service could not be reached, refused the account, or answered with something that is not its API; the message says which. */
  | 'SYNC_UNAVAILABLE'
  /** The library's disk or file refused: full, busy with another writer, read-only or damaged; the message names which and what to do. */
  | 'STORAGE'
  | 'INTERNAL';

export interface BridgeError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** A feed service Broadsheet syncs with, by the protocol it speaks. */
export type SyncService = 'ttrss' | 'greader' | 'fever';

/** What the account dialog and `cli account add` send: the password only travels to be sealed, and never comes back. */
export interface SyncAccountInput {
  service: SyncService;
  /** The API address: `https://rss.example/tt-rss/` (tt-rss), `…/api/greader.php` (FreshRSS), `…/api/fever.php`. */
  serverUrl: string;
  user: string;
  /** Password or API key. */
  password: string;
}

/** What a sync is doing now, for the refresh status. */
export interface SyncProgress {
  phase: 'sending' | 'subscriptions' | 'articles' | 'marks';
  /** In plain words: "Fetching articles from the server: 2,400 so far". */
  message: string;
  done: number;
  /** Null when the service does not say how many there are. */
  total: number | null;
}

/** The sync account as the window shows it. No secret, ever. */
export interface SyncAccountInfo {
  service: SyncService;
  serverUrl: string;
  user: string;
  /** When a sync last completed (ISO 8601, UTC), or null. */
  lastSync: string | null;
  /** What went wrong on the last sync, in plain words; null when it worked. */
  lastError: string | null;
  /** After failures, when Broadsheet will try again by itself (ISO 8601), or null. */
  nextAttempt: string | null;
  /** Changes made here that the server has not acknowledged yet. */
  pendingChanges: number;
  /** Where the password is kept, in words ("the system keychain", "the key file …"). */
  secretStorage: string;
  /** Fever cannot add or remove subscriptions; the others can. */
  canSubscribe: boolean;
  syncing: boolean;
  progress: SyncProgress | null;
}

/** The outcome of one sync. */
export interface SyncSummary {
  ok: boolean;
  /** Articles that arrived from the service. */
  newArticles: number;
  /** Changes made here that the server acknowledged. */
  sent: number;
  /** Changes still waiting (the server could not be reached, or refused them). */
  pending: number;
  /** Read and bookmark marks changed here because they changed on the server. */
  marksFromServer: number;
  sourcesAdded: number;
  sourcesRemoved: number;
  /** What went wrong, in plain words; null when it worked. */
  error: string | null;
}

export interface SyncConnectionTest {
  ok: boolean;
  /** "Connected to Tiny Tiny RSS (API level 15) as admin", or what went wrong. */
  message: string;
}
