// Renders assets/icon.svg, the one source image, into every icon the
// installers need:
//   build/icons/png/<n>x<n>.png   Linux (AppImage, deb), and the sources below
//   build/icons/icon.icns         macOS
//   build/icons/icon.ico          Windows (NSIS installer and the .exe)
// build/icons/ is generated, not committed (see .gitignore): `npm run dist` and
// `npm run pack` run this first. Usage: node scripts/icons.ts [outDir]
//
// The SVG is rasterized by the Chromium the tests already use, so the icon looks
// exactly as a browser draws it and no native image library is needed; png2icons
// (pure JavaScript) packs the PNGs into .icns and .ico.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import png2icons from 'png2icons';
import { CHROMIUM_FLAGS, findChromium } from '../e2e/fixtures/chromium-path.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = join(ROOT, 'assets', 'icon.svg');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export interface BuiltIcons {
  pngs: Record<number, string>;
  icns: string;
  ico: string;
}

export async function buildIcons(outDir: string, source = ICON_SOURCE): Promise<BuiltIcons> {
  const svg = readFileSync(source);
  const pngDir = join(outDir, 'png');
  mkdirSync(pngDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const pngs: Record<number, string> = {};
  const rendered = new Map<number, Buffer>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    // Each size is drawn from the vector, not scaled down from a bitmap, so small sizes stay crisp.
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      rendered.set(size, png);
      pngs[size] = join(pngDir, `${size}x${size}.png`);
      writeFileSync(pngs[size], png);
    }
  } finally {
    await browser.close();
  }
  const largest = rendered.get(1024)!;
  // numOfColors 0 keeps full colour; the .ico is made for an .exe (BMP entries up to 48 px, PNG above).
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC, 0);
  const ico = png2icons.createICO(largest, png2icons.BICUBIC, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not convert the rendered icon.');
  const icnsPath = join(outDir, 'icon.icns');
  const icoPath = join(outDir, 'icon.ico');
  writeFileSync(icnsPath, icns);
  writeFileSync(icoPath, ico);
  writeFileSync(join(outDir, 'icon.png'), largest);
  return { pngs, icns: icnsPath, ico: icoPath };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'build', 'icons'));
  await buildIcons(outDir);
  console.log(`icons written to ${outDir}`);
}
