/**
 * Exports from the translation view, through the real buttons and real downloads (deviceScaleFactor 2):
 * the heatmap and the step picture as SVG (parses as SVG, holds the heatmap cells with the page's
 * weights and colours, none dimmed though the screen dims the rows after the cursor, under a title
 * line with the sentence and model and above the data attribution) and PNG (PNG signature, pixel size = CSS size × 2, really drawn), the decode
 * trace as JSON (every step's weights = the page's data-weight cells) and the alignment as CSV
 * (header of source tokens, one row per output token, rows sum to 1). In dark mode the files carry
 * the dark colours.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, open, test, translate, watchPages } from './stepHelpers';

watchPages();
test.use({ deviceScaleFactor: 2 });

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

const SENTENCE = 'I am a student.';

/** Clicks an export button and returns the download with its bytes. */
async function download(page: Page, testId: string): Promise<{ dl: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(await dl.failure()).toBeNull();
  const bytes = readFileSync((await dl.path())!);
  // pictures are kept as test artifacts, to look at
  const name = dl.suggestedFilename();
  if (/\.(png|svg)$/.test(name))
    await test.info().attach(name, { body: bytes, contentType: name.endsWith('png') ? 'image/png' : 'image/svg+xml' });
  await expect(page.getByTestId('export-status')).toHaveText(`Saved ${dl.suggestedFilename()}`);
  return { dl, bytes };
}

/** Width and height of a PNG, from its IHDR chunk (after checking the signature). */
function pngSize(b: Buffer): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** How many different colours a PNG shows (decoded by the browser): a blank picture has one or two. */
function pngColours(page: Page, b: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, b.toString('base64'));
}

/**
 * Parses an SVG file with the browser's XML parser: error (if any), namespace, size, heatmap cells,
 * images, texts, background. In a blank page of its own: the app's Content-Security-Policy would
 * report every style attribute of the parsed file (a file's styles are not the page's).
 */
async function parseSvg(page: Page, text: string) {
  const blank = await page.context().newPage();
  try {
    return await parseSvgIn(blank, text);
  } finally {
    await blank.close();
  }
}

function parseSvgIn(page: Page, text: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const root = doc.documentElement;
    const cells = [...doc.querySelectorAll('rect[data-weight]')].map((r) => ({
      row: Number(r.getAttribute('data-row')),
      col: Number(r.getAttribute('data-col')),
      weight: r.getAttribute('data-weight'),
      revealed: r.getAttribute('data-revealed'),
      style: r.getAttribute('style') ?? '',
    }));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      cells,
      pending: doc.querySelectorAll('.heatmap__cell--pending, .heatmap__label--pending').length,
      rowMarks: doc.querySelectorAll('.heatmap__rowmark, .heatmap__focus, .heatmap__colmark').length,
      parts: [...doc.querySelectorAll(':root > svg')].map((p) => ({
        width: Number(p.getAttribute('width')),
        height: Number(p.getAttribute('height')),
      })),
      images: [...doc.querySelectorAll('image')].map((i) => (i.getAttribute('href') ?? '').slice(0, 22)),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      background: doc.querySelector('svg > rect')?.getAttribute('fill') ?? null,
    };
  }, text);
}

/** The page's heatmap cells (main view): weights by row and column, and their rendered fill colours. */
async function pageCells(page: Page): Promise<{ row: number; col: number; weight: string; fill: string }[]> {
  return page
    .getByTestId('panel-main')
    .locator('[data-testid="heatmap"] rect[data-weight]')
    .evaluateAll((els) =>
      els.map((e) => ({
        row: Number(e.getAttribute('data-row')),
        col: Number(e.getAttribute('data-col')),
        weight: e.getAttribute('data-weight')!,
        fill: getComputedStyle(e).fill,
      })),
    );
}

/** CSS size of an element, px. */
const cssSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });

test('exports the heatmap and the step picture (SVG, PNG), the trace (JSON) and the alignment (CSV)', async ({ page }) => {
  await open(page, '?backend=wasm&model=luong-general');
  await translate(page, SENTENCE);
  expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
  // Step 2, context phase: the heatmap shows rows 1–2, the step picture the weighted sum.
  await page.locator('[data-testid="step-chip"][data-step="2"]').click();
  await page.locator('[data-testid="phase-pill"][data-phase="context"]').click();
  const stage = page.getByTestId('panel-main').getByTestId('stage');
  await expect(stage).toHaveAttribute('data-phase', 'context');
  await page.waitForTimeout(600); // the phase's fade-in

  const cells = await pageCells(page);
  const rows = Number(await page.getByTestId('panel-main').locator('.heatmap__svg').getAttribute('data-rows'));
  const cols = Number(await page.getByTestId('panel-main').locator('.heatmap__svg').getAttribute('data-cols'));
  expect(cells).toHaveLength(rows * cols);

  // Heatmap SVG: parses, has the namespace, every cell with the page's weight and colour.
  const hsvg = await download(page, 'export-heatmap-svg');
  expect(hsvg.dl.suggestedFilename()).toBe('attention-luong-general-i-am-a-student.svg');
  const h = await parseSvg(page, hsvg.bytes.toString('utf8'));
  expect(h.error).toBeNull();
  expect(h.name).toBe('svg');
  expect(h.ns).toBe('http://www.w3.org/2000/svg');
  expect(h.cells).toHaveLength(rows * cols);
  // On screen the rows after step 2 are dimmed; the file has no dimmed cell, no cursor mark.
  expect(cells.filter((c) => c.row >= 2).length).toBeGreaterThan(0);
  expect(await page.getByTestId('panel-main').locator('rect.heatmap__cell--pending').count()).toBe((rows - 2) * cols);
  for (const c of cells) {
    const f = h.cells.find((x) => x.row === c.row && x.col === c.col)!;
    expect(f.weight).toBe(c.weight);
    expect(f.revealed, `cell ${c.row},${c.col}`).toBe('true');
    expect(f.style).not.toMatch(/(^|;)opacity:/);
    // every cell carries its colour (the revealed rows' as on screen)
    if (c.row < 2) expect(f.style).toContain(`fill:${c.fill}`);
  }
  expect(h.pending).toBe(0);
  expect(h.rowMarks).toBe(0);
  expect(h.texts).toContain('student');
  // A title line with the sentence and the model, and the data attribution, inside the file.
  expect(h.texts).toContain(`Alignment heatmap: “${SENTENCE}”`);
  expect(h.texts.some((t) => t.startsWith('Model: Luong'))).toBe(true);
  // (the attribution may wrap onto two lines in a narrow picture)
  expect(h.texts.join(' ')).toMatch(/Sentence pairs: tatoeba\.org via www\.manythings\.org\/anki, CC BY 2\.0/);
  // The file is the title, the map and its legend, and the attribution, one under the other, the pictures at their CSS size.
  const map = await cssSize(page, '[data-testid="panel-main"] .heatmap__svg');
  const legend = await cssSize(page, '[data-testid="panel-main"] .heatmap__legend');
  expect(h.width).toBe(Math.max(map.width, legend.width, 320));
  expect(h.parts.slice(1, 3)).toEqual([
    { width: map.width, height: map.height },
    { width: legend.width, height: legend.height },
  ]);
  expect(h.height).toBeGreaterThan(map.height + 8 + legend.height + 8 + 2 * 14);

  // Heatmap PNG: pixel size = CSS size × devicePixelRatio, and really drawn.
  const hpng = await download(page, 'export-heatmap-png');
  expect(hpng.dl.suggestedFilename()).toBe('attention-luong-general-i-am-a-student.png');
  expect(pngSize(hpng.bytes)).toEqual({ width: h.width * 2, height: h.height * 2 });
  expect(await pngColours(page, hpng.bytes)).toBeGreaterThan(20);

  // Step picture SVG, with every dimension drawn: the vector strips become images, the labels stay text.
  await page.getByTestId('panel-main').getByTestId('vectors-full').click();
  await expect(stage).toHaveAttribute('data-compact', 'false');
  const ssvg = await download(page, 'export-step-svg');
  expect(ssvg.dl.suggestedFilename()).toBe('step-luong-general-i-am-a-student-t2-context.svg');
  const s = await parseSvg(page, ssvg.bytes.toString('utf8'));
  expect(s.error).toBeNull();
  expect(s.ns).toBe('http://www.w3.org/2000/svg');
  const stageSize = await cssSize(page, '[data-testid="panel-main"] .stage__svg');
  expect(s.parts[1]).toEqual(stageSize);
  expect(s.width).toBe(Math.max(stageSize.width, 320));
  expect(s.texts).toContain(`Step picture: “${SENTENCE}”`);
  expect(s.texts.some((t) => /^Step 2 of \d+: /.test(t))).toBe(true);
  expect(s.texts.join(' ')).toContain('CC BY 2.0');
  expect(s.images.length).toBeGreaterThan(3);
  for (const href of s.images) expect(href).toBe('data:image/png;base64,');
  expect(s.texts.length).toBeGreaterThan(5);
  const spng = await download(page, 'export-step-png');
  expect(spng.dl.suggestedFilename()).toBe('step-luong-general-i-am-a-student-t2-context.png');
  expect(pngSize(spng.bytes)).toEqual({ width: s.width * 2, height: s.height * 2 });
  expect(await pngColours(page, spng.bytes)).toBeGreaterThan(20);

  // Trace JSON: the model's trace, its weights exactly the page's cells.
  const json = await download(page, 'export-json');
  expect(json.dl.suggestedFilename()).toBe('trace-luong-general-i-am-a-student.json');
  const trace = JSON.parse(json.bytes.toString('utf8'));
  expect(trace.sentence).toBe(SENTENCE);
  expect(trace.model.id).toBe('luong-general');
  expect(trace.backend).toBe('wasm');
  expect(trace.app).toEqual({ name: pkg.name, version: pkg.version });
  expect(trace.translation).toBe(await page.getByTestId('translation').textContent());
  expect(trace.trace.steps).toHaveLength(rows);
  expect(trace.trace.encoder.tokens).toHaveLength(cols);
  for (const c of cells) expect(String(trace.trace.steps[c.row].weights[c.col])).toBe(c.weight);
  expect(trace.trace.steps[1].context).toHaveLength(Number(await stage.getAttribute('data-h')));

  // Alignment CSV: header of source tokens, one row per output token, rows sum to 1.
  const csv = await download(page, 'export-csv');
  expect(csv.dl.suggestedFilename()).toBe('alignment-luong-general-i-am-a-student.csv');
  const lines = csv.bytes.toString('utf8').trimEnd().split(/\r\n/);
  expect(lines).toHaveLength(rows + 1);
  // (none of these tokens needs quoting; the quoting itself is unit-tested)
  expect(lines[0]!.split(',')).toEqual(['output', ...trace.trace.encoder.tokens]);
  lines.slice(1).forEach((line, i) => {
    const fields = line.split(',');
    expect(fields).toHaveLength(cols + 1);
    expect(fields[0]).toBe(trace.trace.steps[i].chosen.token);
    const sum = fields.slice(1).reduce((a, v) => a + Number(v), 0);
    expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.01);
    expect(fields.slice(1)).toEqual(
      cells
        .filter((c) => c.row === i)
        .sort((a, b) => a.col - b.col)
        .map((c) => c.weight),
    );
  });
});

test('in dark mode the exported pictures carry the dark colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?backend=wasm&model=luong-general');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await translate(page, SENTENCE);
  await page.getByTestId('last').click();
  const card = await page
    .getByTestId('panel-main')
    .locator('[data-testid="heatmap"]')
    .evaluate((e) => getComputedStyle(e.closest('.card')!).backgroundColor);
  const label = await page
    .getByTestId('panel-main')
    .getByTestId('heatmap-row-label')
    .first()
    .evaluate((e) => getComputedStyle(e).fill);
  const { bytes } = await download(page, 'export-heatmap-svg');
  const svg = await parseSvg(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  // the card's dark background behind the picture, the labels in the light text colour
  expect(svg.background).toBe(card);
  const [r, g, b] = card.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
  expect(bytes.toString('utf8')).toContain(`fill:${label}`);
  const png = await download(page, 'export-heatmap-png');
  // the PNG's corner pixel is the dark background
  const corner = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    return [...ctx.getImageData(1, 1, 1, 1).data];
  }, png.bytes.toString('base64'));
  expect(`rgb(${corner[0]}, ${corner[1]}, ${corner[2]})`).toBe(card);
});

test('the baseline without attention exports its trace and step picture, and offers no heatmap', async ({ page }) => {
  await open(page, '?backend=wasm&model=none');
  await translate(page, SENTENCE);
  await expect(page.getByTestId('export-heatmap-svg')).toHaveCount(0);
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
  const json = await download(page, 'export-json');
  expect(json.dl.suggestedFilename()).toBe('trace-none-i-am-a-student.json');
  const trace = JSON.parse(json.bytes.toString('utf8'));
  expect(trace.trace.attention).toBe('none');
  const { dl } = await download(page, 'export-step-svg');
  expect(dl.suggestedFilename()).toBe('step-none-i-am-a-student-t1-rnn.svg');
});
