// Listen's bundled voice (issue #15 item 4): Flite under WASI in a worker thread,
// one sentence per call, a real WAV back, the main thread free meanwhile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUNDLED_VOICES } from '../../shared/models.ts';
import { listenHandlers, SpeechSynthesizer } from './speech.ts';

/** Seconds of audio in a 16-bit PCM WAV, read from its header. */
function wavSeconds(wav: Uint8Array): number {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  assert.equal(String.fromCharCode(...wav.subarray(0, 4)), 'RIFF');
  assert.equal(String.fromCharCode(...wav.subarray(8, 12)), 'WAVE');
  const sampleRate = view.getUint32(24, true);
  const bytesPerSecond = view.getUint32(28, true);
  assert.ok(sampleRate >= 8000);
  return (wav.byteLength - 44) / bytesPerSecond;
}

test('each bundled voice speaks a sentence as a WAV, in a worker, leaving the main thread free', async () => {
  const speech = new SpeechSynthesizer();
  try {
    const sentence = 'The night ferry leaves the harbour at a quarter past eleven.';
    // The main thread keeps its timers while the worker synthesizes.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const started = performance.now();
    const first = await speech.synthesize(sentence, 'kal16', 1);
    const firstMs = performance.now() - started;
    clearInterval(ticker);
    const seconds = wavSeconds(first);
    assert.ok(seconds > 2 && seconds < 8, `about four seconds of speech, got ${seconds}`);
    // (Synthesis on this thread would block it for the whole call: not one tick.)
    assert.ok(ticks > 0, `timers ran during synthesis (${ticks} ticks in ${Math.round(firstMs)} ms)`);

    const again = performance.now();
    const faster = await speech.synthesize(sentence, 'kal16', 1.5);
    const warmMs = performance.now() - again;
    assert.ok(wavSeconds(faster) < seconds * 0.8, 'a faster rate is shorter speech, not higher pitch');
    for (const voice of BUNDLED_VOICES) assert.ok(wavSeconds(await speech.synthesize('Hello.', voice)) > 0.3, voice);
    console.log(`bundled voice: first sentence ${Math.round(firstMs)} ms (worker start + compile), next ${Math.round(warmMs)} ms for ${seconds.toFixed(1)} s of audio`);
  } finally {
    speech.close();
  }
});

test('the listen group answers with base64 WAV and says which languages the bundled voice speaks', async () => {
  const speech = new SpeechSynthesizer();
  try {
    const handlers = listenHandlers(speech);
    assert.deepEqual(await handlers.bundledVoice(), { languages: ['en'], voices: ['kal16', 'slt', 'rms'], defaultVoice: 'kal16' });
    const wav = Buffer.from(await handlers.synthesize('Good evening.', { rate: 1 }), 'base64');
    assert.ok(wavSeconds(wav) > 0.3);
    await assert.rejects(speech.synthesize('   '), /nothing to say/);
  } finally {
    speech.close();
  }
});
