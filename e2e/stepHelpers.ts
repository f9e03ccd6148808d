/** Shared helpers of the step-by-step e2e specs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';

export { expect, test };

/** Ids of the shipped models, as public/models/en-fr/index.json lists them (in its order). */
export const SHIPPED_IDS: readonly string[] = (
  JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/models/en-fr/index.json'), 'utf8')) as {
    variants: { id: string }[];
  }
).variants.map((v) => v.id);

interface Watch {
  errors: string[];
  foreign: string[];
  fonts: string[];
}

export const watches = new WeakMap<Page, Watch>();

/** Records console errors, foreign requests and KaTeX font requests of every test, and checks them after it. */
export function watchPages(): void {
  test.beforeEach(async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const w: Watch = { errors: [], foreign: [], fonts: [] };
    watches.set(page, w);
    page.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) w.errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) w.foreign.push(r.url());
      if (/KaTeX_.*\.(woff2?|ttf)$/.test(url.pathname)) w.fonts.push(url.pathname);
    });
  });

  test.afterEach(async ({ page }) => {
    const w = watches.get(page)!;
    expect(w.errors, 'console errors / page errors').toEqual([]);
    expect(w.foreign, 'requests to another origin (KaTeX fonts must be bundled)').toEqual([]);
  });
}

export async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

export async function translate(page: Page, sentence: string): Promise<void> {
  await page.getByTestId('source-input').fill(sentence);
  await page.getByTestId('translate').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', sentence);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('step-panel')).toBeVisible();
}

export const nums = (s: string | null): number[] => (s ? s.split(',').map(Number) : []);
export const values = async (l: Locator): Promise<number[]> => nums(await l.getAttribute('data-values'));

export async function bars(page: Page): Promise<{ score: number; weight: number; token: string }[]> {
  return page.getByTestId('score-bar').evaluateAll((els) =>
    els.map((e) => ({
      score: Number(e.getAttribute('data-score')),
      weight: Number(e.getAttribute('data-weight')),
      token: e.getAttribute('data-token') ?? '',
    })),
  );
}

export async function encoderStrips(page: Page): Promise<number[][]> {
  return page
    .getByTestId('strip-enc')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-values') ?? '').split(',').map(Number)));
}

/** Saves a screenshot of the step panel as a test artifact. */
export async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.getByTestId('step-panel').screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Presses a key with the focus outside any text field, then waits for the cursor to land. */
export async function press(page: Page, key: string, step: number, phase: string): Promise<void> {
  await page.keyboard.press(key);
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', phase);
  await expect(page.getByTestId('stage')).toHaveAttribute('data-step', String(step));
}
