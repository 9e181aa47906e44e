// Typed events that components fire upwards. Data comes down as properties.
import type { ListView } from '../../electron/shared/models.ts';

export interface ArticleSelectDetail {
  id: number;
  /** True when the person asked to move focus into the reading pane. */
  focus?: boolean;
}

export type ArticleSelectEvent = CustomEvent<ArticleSelectDetail>;
/** A view, a source or (with `folder`) every source in a folder was chosen. */
export type ViewSelectEvent = CustomEvent<{ view: ListView; sourceId: number | null; folder?: string | null }>;
export type BookmarkToggleEvent = CustomEvent<{ id: number; bookmarked: boolean }>;
export type SearchEvent = CustomEvent<{ query: string }>;
/** A link should open in the system browser (the original page, or a link in an article). */
export type OpenOriginalEvent = CustomEvent<{ url: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'article-select': ArticleSelectEvent;
    'view-select': ViewSelectEvent;
    'bookmark-toggle': BookmarkToggleEvent;
    'search-change': SearchEvent;
    'theme-change': CustomEvent<{ theme: 'system' | 'light' | 'dark' }>;
    'font-size-change': CustomEvent<{ delta: number }>;
    'open-original': OpenOriginalEvent;
    /** The article list is near the end of its rows and more exist. */
    'list-more': CustomEvent<null>;
    /** The person asked the article list to try loading again. */
    'list-retry': CustomEvent<null>;
    /** A folded story's other articles were shown or hidden in the list. */
    'story-toggle': CustomEvent<{ storyId: number; open: boolean }>;
  }
}

export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
