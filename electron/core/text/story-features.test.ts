// Story features and tokenizing: pure text, no library.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFeatures, hamming, simhash, urlKey } from './story-features.ts';
import { languageKey, storyContentTokens, storyTokens } from './story-tokenize.ts';

describe('story tokenizer', () => {
  test('folds case and accents and drops stopwords and short numbers', () => {
    assert.deepEqual(storyContentTokens('The Préfet of Finistère said 12 boats sank'), ['prefet', 'finistere', 'boats', 'sank']);
  });

  test('keeps figures that tell events apart as one token each: shares, decimals, counts of a hundred or more', () => {
    assert.deepEqual(storyContentTokens('Norlands Bank cuts policy rate to 3.25%, from 3.50 per cent'), ['norlands', 'bank', 'cuts', 'policy', 'rate', '3.25%', '3.5%']);
    assert.deepEqual(storyContentTokens('Over 14,000 homes lost power; 157 on board; 12 boats; 1,037 dead in 2023'), ['14000', 'homes', 'lost', 'power', '157', 'board', 'boats', '1037', 'dead', '2023']);
    assert.deepEqual(storyContentTokens('Inflation 2,1 % against 0.75 points'), ['inflation', '2.1%', '0.75', 'points']);
    // Part of a code, a version or an address: not a figure.
    assert.deepEqual(storyContentTokens('Flight 7C2216 at 122mph, v1.2.3 on 127.0.0.1, at 12:58'), ['flight', '7c2216', '122mph', 'v1']);
    assert.deepEqual(extractFeatures({ title: 'Rate cut to 3.25%', text: 'The bank cut its rate to 3.25%.' }).terms.has('3.25%'), true);
  });

  test('splits Chinese and Japanese into character bigrams', () => {
    assert.deepEqual(storyTokens('東京駅'), ['東京', '京駅']);
    assert.deepEqual(storyTokens('台風が東京に'), ['台風', '風が', 'が東', '東京', '京に']);
  });

  test('survives right-to-left text, emoji, control characters and lone surrogates', () => {
    for (const text of ['مرحبا بالعالم 🌍 שלום', '👩‍👩‍👧‍👦🔥💥', '\u0000\u200f\uD800 abc', '', '   ', 'x'.repeat(100_000)]) {
      assert.doesNotThrow(() => extractFeatures({ title: text, text, lang: null, url: null }));
    }
    assert.deepEqual(storyContentTokens('مرحبا بالعالم 🌍'), ['مرحبا', 'بالعالم']);
    assert.deepEqual(storyContentTokens('🔥💥'), []);
  });

  test('language key prefers the declared language and otherwise reads the script', () => {
    assert.equal(languageKey('fr-FR', 'anything'), 'fr');
    assert.equal(languageKey(null, '台風が東京に上陸した'), 'ja');
    assert.equal(languageKey(null, 'مرحبا بالعالم'), 'ar');
    assert.equal(languageKey(null, 'Storm hits the coast'), 'en');
  });
});

describe('weighting', () => {
  test('title words and capitalised names outweigh ordinary body words', () => {
    const f = extractFeatures({ title: 'Harbour flooded', text: 'Water rose fast. Then Kerlan residents watched the water rise again near the water.', url: null });
    assert.ok(f.terms.get('harbour')! > f.terms.get('rose')!);
    assert.ok(f.names.has('kerlan'));
    assert.ok(f.terms.get('kerlan')! > f.terms.get('residents')!);
  });

  test('near-identical texts have close fingerprints, different texts do not', () => {
    const base = storyTokens('The council voted on Tuesday night to approve a charge for drivers entering the centre, after months of debate about air quality and traffic.');
    const edited = [...base.slice(0, -1), 'traffic', 'jams'];
    const other = storyTokens('A rocket lifted off from the coastal spaceport and placed a weather satellite in orbit at the first attempt, engineers said.');
    assert.ok(hamming(simhash(base)!, simhash(edited)!) <= 12);
    assert.ok(hamming(simhash(base)!, simhash(other)!) > 16);
  });

  test('addresses that differ only by tracking or www are the same page', () => {
    assert.equal(urlKey('https://www.example.com/a/b/?utm_source=x'), urlKey('http://example.com/a/b'));
    assert.notEqual(urlKey('https://example.com/a'), urlKey('https://example.com/b'));
  });
});

describe('simhash', () => {
  /** The plain vote-per-bit SimHash the fast version must equal bit for bit (stored fingerprints stay comparable). */
  function reference(tokens: string[]): string | null {
    if (tokens.length < 8) return null;
    const fnv = (text: string, seed: number) => {
      let h = (0x811c9dc5 ^ seed) >>> 0;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b) >>> 0;
      return (h ^ (h >>> 13)) >>> 0;
    };
    const votes = new Array<number>(64).fill(0);
    for (let i = 0; i + 4 <= tokens.length; i++) {
      let a = 0x2545f491;
      let b = 0x6b43a9b5;
      for (let k = 0; k < 4; k++) {
        a = Math.imul(a ^ fnv(tokens[i + k]!, 0), 0x9e3779b1) >>> 0;
        a ^= a >>> 15;
        b = Math.imul(b ^ fnv(tokens[i + k]!, 0x9e3779b9), 0x85ebca77) >>> 0;
        b ^= b >>> 13;
      }
      for (let bit = 0; bit < 32; bit++) {
        votes[bit]! += (a >>> bit) & 1 ? 1 : -1;
        votes[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
      }
    }
    let low = 0;
    let high = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (votes[bit]! > 0) low |= 1 << bit;
      if (votes[bit + 32]! > 0) high |= 1 << bit;
    }
    return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
  }

  test('the counting shortcut gives the same fingerprint as voting bit by bit, short and long texts alike', () => {
    const words = 'storm harbour ferry quay council budget rocket valve launch bridge tram river'.split(' ');
    for (const length of [8, 9, 40, 254, 255, 256, 600, 2_000]) {
      const tokens = Array.from({ length }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]!);
      assert.equal(simhash(tokens), reference(tokens), `${length} tokens`);
    }
    assert.equal(simhash(['too', 'short']), null);
  });
});
