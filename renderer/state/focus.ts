// Focus helpers for keyboard navigation across components' shadow roots.

/** The element that really has focus, looking through shadow roots; null when it is the body. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** True when `node` is `container` or sits inside it, through any number of shadow roots. */
export function containsDeep(container: Element, node: Node | null): boolean {
  for (let n: Node | null = node; n; ) {
    if (n === container) return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

/** Rendered and not hidden by a layout breakpoint. */
export function isShown(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

/** The nearest ancestor of `node` (or itself) matching `selector`, looking out through shadow roots. */
export function closestDeep(node: Node | null, selector: string): Element | null {
  for (let n: Node | null = node; n; ) {
    if (n instanceof Element && n.matches(selector)) return n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return null;
}

/** Focusable controls inside an element's shadow root, in order. */
export function focusablesIn(element: Element | null): HTMLElement[] {
  const root = element?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"], input, select')].filter((el) => isShown(el));
}

/** Focuses the first focusable control in `element`'s shadow root that matches `selector`; false when there is none. */
export function focusFirstIn(element: Element | null, selector = '*'): boolean {
  const target = focusablesIn(element).find((f) => f.matches(selector));
  target?.focus();
  return target !== undefined;
}

export interface FocusRegion {
  name: string;
  element: HTMLElement | null;
  /** Moves focus into the region; false when it has nothing to focus. */
  focus(): boolean;
  /** Focus that fell to the page body may be put here (see FocusRegions). */
  fallback?: boolean;
  /**
   * Brings a region that is out of view for want of room into view (a narrow window shows the
   * article instead of the list, or a side pane over the others); false when it stays out of view.
   */
  reveal?(): Promise<boolean>;
}

/** The region after (or before) the one holding focus, skipping regions that are hidden (and cannot be brought into view) or empty. */
export async function moveBetweenRegions(regions: FocusRegion[], step: 1 | -1): Promise<FocusRegion | null> {
  const active = deepActiveElement();
  const current = regions.findIndex((r) => r.element && containsDeep(r.element, active));
  for (let i = 1; i <= regions.length; i++) {
    const index = current === -1 ? (step === 1 ? i - 1 : regions.length - i) : (current + step * i + regions.length * 2) % regions.length;
    const region = regions[index]!;
    if ((isShown(region.element) || (await region.reveal?.())) && region.focus()) return region;
  }
  return null;
}
