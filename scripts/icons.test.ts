// Renders the icons from assets/icon.svg into a temporary folder and checks
// that each installer's format comes out with the sizes it needs.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildIcons, ICON_SIZES } from './icons.ts';

function pngSize(file: Buffer): [number, number] {
  assert.equal(file.subarray(1, 4).toString('ascii'), 'PNG');
  return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

test('one SVG becomes Linux PNGs, a macOS .icns and a Windows .ico', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-icons-'));
  try {
    const icons = await buildIcons(dir);
    for (const size of ICON_SIZES) assert.deepEqual(pngSize(readFileSync(icons.pngs[size]!)), [size, size]);
    const icns = readFileSync(icons.icns);
    assert.equal(icns.subarray(0, 4).toString('ascii'), 'icns');
    assert.equal(icns.readUInt32BE(4), icns.length);
    const types = new Set<string>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.add(icns.subarray(at, at + 4).toString('ascii'));
    for (const type of ['ic10', 'ic09', 'ic08', 'ic07']) assert.ok(types.has(type), `.icns has ${type} (1024/512/256/128 px)`);

    const ico = readFileSync(icons.ico);
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'ICO header');
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    for (const size of [16, 32, 48, 256]) assert.ok(sizes.includes(size), `.ico has ${size} px`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
