import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { APP_ORIGIN, MAX_STRING } from '../../shared/contract.ts';
import { addArticles, tempLibrary } from '../testing/temp-library.ts';
import { createDispatcher, type Sender } from './dispatch.ts';

const lib = tempLibrary();
after(() => lib.dispose());
const [id] = addArticles(lib.core, 'Meridian Post', [{ title: 'Council approves tram line', body: 'The council voted.' }]);
const internal: string[] = [];
const dispatch = createDispatcher(
  {
    ...lib.core.handlers,
    feeds: {
      ...lib.core.handlers.feeds,
      sources: () => {
        throw new Error('disk on fire');
      },
    },
  },
  { allowedOrigins: [APP_ORIGIN], onInternalError: (method) => internal.push(method) },
);
const ours: Sender = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

test('a valid call from our main frame returns the handler result', async () => {
  const result = await dispatch(ours, 'library.article', [id]);
  assert.equal(result.ok, true);
  assert.equal(result.ok && (result.value as { title: string }).title, 'Council approves tram line');
});

test('calls from another origin or from a sub-frame are refused', async () => {
  for (const sender of [
    { url: 'https://evil.example/', isMainFrame: true },
    { url: 'file:///etc/passwd', isMainFrame: true },
    { url: `${APP_ORIGIN}/index.html`, isMainFrame: false },
    { url: 'not a url', isMainFrame: true },
  ]) {
    const result = await dispatch(sender, 'library.article', [id]);
    assert.deepEqual(result.ok ? null : result.error.code, 'FORBIDDEN_SENDER', sender.url);
  }
});

test('unknown methods, including prototype names, are refused', async () => {
  const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  for (const name of [
    'deleteEverything',
    ...prototypeNames,
    ...prototypeNames.map((p) => `library.${p}`),
    ...prototypeNames.map((p) => `${p}.edition`),
    'getArticle', // the flat names from before the contract was grouped
    'library',
    'library.',
    '.edition',
    'library.edition.x',
    42,
    null,
  ]) {
    const result = await dispatch(ours, name, []);
    assert.equal(result.ok ? null : result.error.code, 'UNKNOWN_METHOD', String(name));
  }
});

test('wrong argument types, extra arguments and oversized strings are INVALID_ARGUMENT', async () => {
  const cases: [string, unknown][] = [
    ['library.article', ['7']],
    ['library.article', [-1]],
    ['library.article', [1.5]],
    ['library.article', [id, 'extra']],
    ['library.article', 'not-an-array'],
    ['library.setBookmarked', [id, 'yes']],
    ['library.search', ['x'.repeat(MAX_STRING + 1)]],
    ['system.openExternal', ['x'.repeat(MAX_STRING + 1)]],
    ['library.articles', [{ view: 'everything' }]],
    ['library.articles', [{ view: 'all', limit: 10_000 }]],
    ['preferences.set', [{ theme: 'dark', evil: true }]],
    ['preferences.set', [{ fontSize: 400 }]],
  ];
  for (const [method, args] of cases) {
    const result = await dispatch(ours, method, args);
    assert.equal(result.ok ? null : result.error.code, 'INVALID_ARGUMENT', `${method} ${JSON.stringify(args).slice(0, 60)}`);
  }
});

test('a failing handler becomes INTERNAL with a calm message, and the next call still works', async () => {
  const failed = await dispatch(ours, 'feeds.sources', []);
  assert.equal(failed.ok ? null : failed.error.code, 'INTERNAL');
  assert.ok(!failed.ok && !failed.error.message.includes('disk on fire'), 'internal detail leaked to the renderer');
  assert.deepEqual(internal, ['feeds.sources']);
  const next = await dispatch(ours, 'library.edition', []);
  assert.equal(next.ok, true);
});

test('NOT_FOUND passes through with its message', async () => {
  const result = await dispatch(ours, 'library.article', [987_654]);
  assert.equal(result.ok ? null : result.error.code, 'NOT_FOUND');
});

test('openExternal accepts only http(s) URLs', async () => {
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'app://broadsheet/x', 'data:text/html,hi']) {
    const result = await dispatch(ours, 'system.openExternal', [bad]);
    assert.deepEqual(result, { ok: true, value: false }, bad);
  }
  assert.deepEqual(await dispatch(ours, 'system.openExternal', ['https://meridian-post.example/a?b=1']), { ok: true, value: true });
  assert.deepEqual(lib.opened, ['https://meridian-post.example/a?b=1']);
});
