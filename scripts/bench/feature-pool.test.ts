import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeaturePool } from './feature-pool.ts';
import { extractFeatures, type FeatureInput } from '../../electron/core/text/story-features.ts';

test('features computed on the worker thread equal those computed in place, batch by batch in order', async () => {
  const inputs: FeatureInput[] = [
    { title: 'Flood closes Kerlan harbour', text: 'Water rose over the Kerlan quay overnight and the harbour master closed the port to ferries until Friday morning at the earliest.', lang: 'en', url: 'https://harbour.example/flood?utm_source=x' },
    { title: '台風が東京に上陸', text: '台風が東京に上陸し、交通機関に大きな影響が出ている。', lang: null, url: null },
    { title: '', text: '', lang: null, url: null },
  ];
  const pool = new FeaturePool();
  try {
    const first = pool.submit(inputs);
    const second = pool.submit(inputs.slice(0, 1));
    // Collected out of order: each ticket gets its own batch.
    assert.deepEqual(pool.collect(second), [extractFeatures(inputs[0]!)]);
    assert.deepEqual(pool.collect(first), inputs.map(extractFeatures));
  } finally {
    await pool.close();
  }
});

test('a batch the worker cannot read is a clear error, and the pool keeps working', async () => {
  const pool = new FeaturePool();
  try {
    const bad = pool.submit([{ title: null, text: null } as unknown as FeatureInput]);
    assert.throws(() => pool.collect(bad), /Story features could not be computed/);
    const good = pool.submit([{ title: 'Tram budget approved', text: 'The council approved the tram budget on Tuesday.' }]);
    assert.ok(pool.collect(good)[0]!.terms.has('tram'));
  } finally {
    await pool.close();
  }
});
