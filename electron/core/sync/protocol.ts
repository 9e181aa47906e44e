// What the sync engine needs from a service, whatever protocol it speaks. Each
// client (ttrss.ts, greader.ts, fever.ts) maps its protocol onto this; the
// engine never sees a protocol detail.
import type { FeedCandidate, SyncService } from '../../shared/models.ts';

export interface RemoteSubscription {
  /** The service's id for the feed. */
  id: string;
  title: string;
  feedUrl: string | null;
  siteUrl: string | null;
  /** Category / label / group name, or null. */
  folder: string | null;
}

export interface RemoteItem {
  /** The service's id for the item, as a decimal string. */
  id: string;
  /** The service's id for its feed. */
  feedId: string;
  title: string;
  url: string | null;
  author: string | null;
  /** As the service sent it: hostile until sanitized. */
  html: string;
  /** UTC ms; null when the service gave none. */
  published: number | null;
  read: boolean;
  starred: boolean;
  image: string | null;
}

export interface ItemsPage {
  items: RemoteItem[];
  /** Saved with the page's items, in one transaction: a sync stopped anywhere resumes after the last stored page. */
  cursor: string;
  /** No more pages in this pass. */
  done: boolean;
  /** How many items the service says it holds, when it says. */
  total: number | null;
}

export type RemoteSubscribeResult = { kind: 'subscribed'; remoteId: string } | { kind: 'choose'; candidates: FeedCandidate[] };

export interface SyncClient {
  readonly service: SyncService;
  /** Shown in messages: "Tiny Tiny RSS", "Google Reader API", "Fever API". */
  readonly serviceName: string;
  /** Whether the protocol can add and remove subscriptions (Fever cannot). */
  readonly canSubscribe: boolean;
  /** Signs in; throws SyncError('auth') for a wrong password. Returns a line describing the server. */
  login(): Promise<string>;
  subscriptions(): Promise<RemoteSubscription[]>;
  subscribe(url: string, folder: string | null): Promise<RemoteSubscribeResult>;
  unsubscribe(remoteId: string): Promise<void>;
  /**
   * One page of items newer than `cursor` (null: the first sync, which starts
   * `firstSince` ms since the epoch where the protocol can say so).
   */
  itemsPage(cursor: string | null, firstSince: number): Promise<ItemsPage>;
  /** Ids of every unread item on the server. */
  unreadIds(): Promise<Set<string>>;
  /** Ids of every starred / saved item on the server. */
  starredIds(): Promise<Set<string>>;
  /** Sets (never toggles) the mark on these items: sending the same change twice is harmless. */
  setRead(ids: readonly string[], read: boolean): Promise<void>;
  setStarred(ids: readonly string[], starred: boolean): Promise<void>;
  /** How many items one setRead/setStarred call may carry. */
  readonly markBatchSize: number;
}

export const SERVICE_NAMES: Record<SyncService, string> = {
  ttrss: 'Tiny Tiny RSS',
  greader: 'Google Reader API',
  fever: 'Fever API',
};
