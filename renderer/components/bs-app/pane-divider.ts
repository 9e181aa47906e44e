// The divider on the edge of a pane: drag it, or focus it and use the arrow keys (Shift for
// bigger steps, Home and End for the narrowest and widest), to set the pane's width. A focusable
// separator with its value, as ARIA's window splitter pattern describes.
import { html } from 'lit';
import { PANE_WIDTHS, type PaneName } from '../../../electron/shared/preferences.ts';
import type { PaneLayout } from '../../state/pane-layout.ts';

const STEP = 16;
const BIG_STEP = 64;

/** A drag under way and a pending save, kept on the divider element: the template's functions are new on every render. */
const drags = new WeakMap<Element, { x: number; width: number }>();
const saves = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function paneDivider(layout: PaneLayout, pane: PaneName, label: string, at: { left?: number; right?: number }) {
  // The related stories sit at the right edge: dragging their divider right makes them narrower.
  const direction = pane === 'related' ? -1 : 1;
  const bounds = PANE_WIDTHS[pane];
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    drags.set(handle, { x: event.clientX, width: layout.width(pane) });
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    const drag = drags.get(event.currentTarget as Element);
    if (drag) layout.resize(pane, drag.width + direction * (event.clientX - drag.x), false);
  };
  const onPointerUp = (event: PointerEvent) => {
    const drag = drags.get(event.currentTarget as Element);
    if (!drag) return;
    drags.delete(event.currentTarget as Element);
    layout.resize(pane, drag.width + direction * (event.clientX - drag.x), true);
  };
  const onKey = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const now = layout.width(pane);
    const next =
      event.key === 'ArrowRight' ? now + direction * step
      : event.key === 'ArrowLeft' ? now - direction * step
      : event.key === 'Home' ? bounds.min
      : event.key === 'End' ? bounds.max
      : null;
    if (next === null) return;
    // The keys are the divider's own: not "next pane" or "next article".
    event.preventDefault();
    event.stopPropagation();
    layout.resize(pane, next, false);
    // Stored once the keys rest, not on every press.
    const handle = event.currentTarget as Element;
    clearTimeout(saves.get(handle));
    saves.set(handle, setTimeout(() => layout.resize(pane, layout.width(pane), true), 400));
  };

  const style = at.left !== undefined ? `left: ${at.left}px` : `right: ${at.right ?? 0}px`;
  return html`<div class="divider" style=${style} role="separator" aria-orientation="vertical" aria-label=${label} tabindex="0"
    aria-valuenow=${layout.width(pane)} aria-valuemin=${bounds.min} aria-valuemax=${bounds.max}
    @pointerdown=${onPointerDown} @pointermove=${onPointerMove} @pointerup=${onPointerUp} @pointercancel=${onPointerUp} @keydown=${onKey}></div>`;
}
