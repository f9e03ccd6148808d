/**
 * `npm run icons`: draws the web app manifest's PNG icons (public/icons/icon-192.png,
 * icon-512.png, icon-maskable-512.png) from the hand-written public/icons/icon.svg with the
 * Chromium the tests use (no download, no image library). The maskable icon fills the whole
 * square with the background colour and keeps the picture inside the central 80 % safe zone.
 * The PNGs are committed; run this again after editing icon.svg.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserType } from 'playwright-core';
import { launchOptions } from '../e2e/chromium';

const DIR = path.resolve('public/icons');
const BACKGROUND = '#440154';

/** One PNG to draw: its file, its size in pixels, and whether it is the maskable variant. */
interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

/** A page that shows the SVG at `size` px (maskable: at 70 % on a full-bleed background). */
function pageHtml(svg: string, size: number, maskable: boolean): string {
  const inner = maskable ? Math.round(size * 0.7) : size;
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BACKGROUND : 'transparent'}"><img src="${data}" width="${inner}" height="${inner}" alt=""></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(path.join(DIR, 'icon.svg'), 'utf8');
  const mod = 'playwright-core'; // loaded at run time, like scripts/bench.ts
  const { chromium } = (await import(mod)) as { chromium: BrowserType };
  const browser = await chromium.launch({ ...launchOptions([]), headless: true });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      await page.setContent(pageHtml(svg, icon.size, icon.maskable));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(path.join(DIR, icon.file), await page.screenshot({ omitBackground: !icon.maskable, type: 'png' }));
      await page.close();
      process.stderr.write(`wrote public/icons/${icon.file} (${icon.size} px${icon.maskable ? ', maskable' : ''})\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`make-icons: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
