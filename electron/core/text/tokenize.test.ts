import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTokens, nameTokens, toFtsQuery, tokens } from './tokenize.ts';

test('tokens fold case and diacritics like the FTS5 tokenizer', () => {
  assert.deepEqual(tokens('Finistère RÉUNION, naïve'), ['finistere', 'reunion', 'naive']);
});

test('content tokens drop stopwords, numbers and single letters', () => {
  assert.deepEqual(contentTokens('The storm hit 40 homes in a night'), ['storm', 'hit', 'homes', 'night']);
});

test('capitalised words mid-sentence are names; sentence starts are not', () => {
  const names = nameTokens('Officials said Storm Maelis reached Port-Kerlan. Fishing boats broke loose.');
  assert.ok(names.has('maelis') && names.has('kerlan'));
  assert.ok(!names.has('fishing'));
});

test('search queries quote every word and make a long enough last word a prefix', () => {
  assert.equal(toFtsQuery('storm harb'), '"storm" "harb"*');
  assert.equal(toFtsQuery('storm hit'), '"storm" "hit"');
  assert.equal(toFtsQuery('"a" OR b* NEAR(c'), '"a" "or" "b" "near" "c"');
  assert.equal(toFtsQuery('  !!! '), null);
});
