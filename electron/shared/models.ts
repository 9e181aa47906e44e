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
}

export interface Article extends ArticleSummary {
  /** Sanitized HTML; still rendered only where no script can run. */
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  wordCount: number;
}

export interface ListQuery {
  view: ListView;
  sourceId?: number | null;
  /** Opaque keyset cursor returned as `next` by the previous page. */
  cursor?: string | null;
  limit?: number;
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
}

export type PreferencesPatch = Partial<Omit<Preferences, 'windowBounds'>>;

export interface LibraryChange {
  reason: 'bookmark' | 'read' | 'import' | 'refresh';
  articleIds: number[];
}

export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_ARGUMENT'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'INTERNAL';

export interface BridgeError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
