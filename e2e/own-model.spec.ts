/**
 * Your own model (issue 19), end to end: a tiny model is trained IN this run by the real command
 * (`node scripts/run.mjs scripts/train.ts --size tiny` on the ten-pair corpus of
 * src/train/tinyCorpus.ts, a few hundred steps), then opened through the folder input on wasm. It
 * translates a training sentence as it learned it and draws its heatmap and step view with its own
 * sizes; a copy with truncated weights is refused with a message naming the file while the shipped
 * model keeps working; after a reload the opened model is still listed, and it can be removed.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TINY_PAIRS, writeTinyCorpus } from '../src/train/tinyCorpus';

/** The tiny preset's hidden size (src/model/config.ts SIZE_PRESETS.tiny), which the step view must show. */
const TINY_HIDDEN = 64;
const [SENTENCE, EXPECTED] = TINY_PAIRS[0]!;

let work = '';
let modelDir = '';

test.beforeAll(async () => {
  test.setTimeout(300_000); // ~10 s of training on a quiet machine; far more on a loaded one
  const data = writeTinyCorpus('attn-own-model-data-', 20); // 200 training lines, 4 dev lines
  work = mkdtempSync(path.join(tmpdir(), 'attn-own-model-'));
  modelDir = path.join(work, 'my-tiny');
  // prettier-ignore
  const args = ['scripts/run.mjs', 'scripts/train.ts', '--data', data, '--out', modelDir, '--size', 'tiny',
    '--epochs', '12', '--batch', '10', '--lr', '0.01', '--ckpt', path.join(work, 'ckpt'), '--pack', path.join(work, 'pack.gz')];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, RUN_BUNDLE_OUT: path.join(work, 'train.mjs') },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/best dev BLEU/);
  rmSync(data, { recursive: true, force: true });
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function translate(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await page.getByTestId('source-input').fill(text);
  await page.getByTestId('translate').click();
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', text);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
}

/** A copy of the trained folder named `name` whose weights lose their last 100 bytes. */
function truncatedCopy(name: string): string {
  const dir = path.join(work, 'copies', name);
  cpSync(modelDir, dir, { recursive: true });
  const weights = path.join(dir, 'weights.bin');
  writeFileSync(weights, readFileSync(weights).subarray(0, -100));
  return dir;
}

test('a model trained in this run opens from its folder, translates as trained, draws its heatmap and steps, and is kept after a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');

  // truncated weights: refused, naming the folder and the file; the shipped model still translates
  await page.getByTestId('model-folder-input').setInputFiles(truncatedCopy('my-broken'));
  await expect(page.getByTestId('model-folder-error')).toContainText('my-broken');
  await expect(page.getByTestId('model-folder-error')).toContainText('weights.bin');
  await expect(page.getByTestId('user-models')).toHaveCount(0);
  await translate(page, 'I am a student.');
  await expect(page.getByTestId('translation')).not.toHaveText('');

  // the trained folder: added as the user's model, selected, translating its training sentence as it learned it
  await page.getByTestId('model-folder-input').setInputFiles(modelDir);
  await expect(page.getByTestId('model-folder-added')).toContainText('my-tiny');
  await expect(page.getByTestId('model-select')).toHaveValue('opened:my-tiny');
  await translate(page, SENTENCE);
  await expect(page.locator('[data-testid="result"]')).toHaveAttribute('data-variant', 'opened:my-tiny');
  await expect(page.getByTestId('translation')).toHaveText(EXPECTED);
  // heatmap: one cell per source token and output step; the step view shows the tiny model's own state size
  const sourceTokens = await page.getByTestId('source-token').count();
  const steps = await page.getByTestId('step-chip').count();
  expect(sourceTokens * steps).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="heatmap"] rect[data-weight]')).toHaveCount(sourceTokens * steps);
  await expect(page.getByTestId('step-panel')).toBeVisible();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-h', String(TINY_HIDDEN));

  // kept for later visits: listed after a reload and still translating
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('user-models')).toContainText('my-tiny');
  await page.getByTestId('model-select').selectOption('opened:my-tiny');
  await translate(page, TINY_PAIRS[6]![0]);
  await expect(page.getByTestId('translation')).toHaveText(TINY_PAIRS[6]![1]);

  // removed: gone from the list, and still gone after a reload
  await page.getByTestId('user-model-remove').click();
  await expect(page.getByTestId('model-select').locator('option', { hasText: 'my-tiny' })).toHaveCount(0);
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('user-models')).toHaveCount(0);
  expect(errors).toEqual([]);
});
