// Where the panes go (renderer/state/pane-layout.ts, arrange): every pane has a place at every
// width, the reading pane keeps a readable measure, and what does not fit waits behind a toggle.
import { expect, test } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

const base = { sourcesWidth: 224, listWidth: 352, relatedWidth: 272, sourcesCollapsed: false, relatedCollapsed: false, overlay: null, front: 'list' };

test('room is given to the list and the reading pane first, then the sources, then the related stories', async ({ page }) => {
  const at = (width: number, extra: Record<string, unknown> = {}) =>
    page.evaluate(([w, e]) => {
      const a = window.controllerTest.arrange({ ...(e as object), width: w as number } as never);
      return { single: a.single, sources: a.sources, related: a.related, list: a.list, reading: a.reading, columns: a.columns, crowded: a.crowded };
    }, [width, { ...base, ...extra }] as const);

  expect(await at(1440)).toMatchObject({ single: false, sources: 'docked', related: 'docked', columns: '224px 352px minmax(0, 1fr) 272px' });
  expect(await at(1024)).toMatchObject({ single: false, sources: 'docked', related: 'hidden', crowded: { sources: false, related: true } });
  expect(await at(800)).toMatchObject({ single: false, sources: 'hidden', related: 'hidden', columns: '352px minmax(0, 1fr)' });
  // 1440×900 at 200% zoom: the list narrows before the reading pane would.
  expect(await at(720)).toMatchObject({ single: false, columns: '300px minmax(0, 1fr)' });
  // 1024×700 at 200% zoom: one column, the list or the article.
  expect(await at(512)).toMatchObject({ single: true, list: true, reading: false, columns: 'minmax(0, 1fr)' });
  expect(await at(512, { front: 'article' })).toMatchObject({ single: true, list: false, reading: true });
  // A pane with no room opens over the others when asked; a folded one leaves its room to the reading pane.
  expect(await at(800, { overlay: 'sources' })).toMatchObject({ sources: 'overlay', related: 'hidden' });
  expect(await at(1440, { sourcesCollapsed: true })).toMatchObject({ sources: 'hidden', crowded: { sources: false }, columns: '352px minmax(0, 1fr) 272px' });
});
