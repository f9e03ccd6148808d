/**
 * Broken model files: the real luong-general files, served damaged through Playwright routes (one
 * kind of damage per test). The page names the model and the problem, offers no translation with
 * it, and the other model still loads and translates.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './pageWatch';

const MODEL = 'Luong · general';
const BROKEN = 'luong-general';

/** Serves `file` of the broken model through `damage` (the real file's bytes in, the served bytes out). */
async function damage(page: Page, file: string, change: (body: Buffer) => Buffer | { status: number }): Promise<void> {
  await page.route(`**/models/en-fr/${BROKEN}/${file}`, async (route) => {
    const real = await route.fetch();
    const out = change(await real.body());
    if (Buffer.isBuffer(out)) await route.fulfill({ response: real, body: out });
    else await route.fulfill({ status: out.status, body: 'not found', contentType: 'text/plain' });
  });
}

/** A JSON file of the broken model, edited. */
const editJson =
  (edit: (j: Record<string, any>) => void) =>
  (body: Buffer): Buffer => {
    const j = JSON.parse(body.toString('utf8')) as Record<string, any>;
    edit(j);
    return Buffer.from(JSON.stringify(j));
  };

/**
 * Opens the page (the broken model is the default one), checks the message names the model and says
 * `problem`, then switches to the baseline model and translates with it.
 */
async function expectNamedFailureThenOtherModelWorks(page: Page, problem: string | RegExp): Promise<void> {
  const errors = watchErrors(page);
  await page.goto('./?backend=wasm');
  const alert = page.getByTestId('model-error');
  await expect(alert).toContainText(`Could not load the model “${MODEL}”: `);
  await expect(alert).toContainText(problem);
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('status')).toHaveText('No model loaded: retry, choose another model or reload the page.');
  await page.getByTestId('source-input').fill('I am a student.');
  await expect(page.getByTestId('translate')).toBeDisabled();

  await page.getByTestId('model-select').selectOption('none');
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(alert).toHaveCount(0);
  await page.getByTestId('translate').click();
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', 'I am a student.');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  await expect(page.getByTestId('translate-error')).toHaveCount(0);
  expect(errors).toEqual([]);
}

test('a missing weights file', async ({ page }) => {
  await damage(page, 'weights.bin', () => ({ status: 404 }));
  await expectNamedFailureThenOtherModelWorks(page, 'weights.bin is missing on the server.');
});

test('a truncated weights file', async ({ page }) => {
  let size = 0;
  await damage(page, 'weights.bin', (b) => {
    size = b.length;
    return b.subarray(0, b.length >> 1);
  });
  await expectNamedFailureThenOtherModelWorks(page, /weights\.bin has \d+ bytes instead of \d+: the file is truncated/);
  await expect(page.getByTestId('model-select')).toHaveValue('none');
  expect(size).toBeGreaterThan(0);
});

test('a wrong shape in the weights manifest', async ({ page }) => {
  // out/Wc is [2H, H] = [512, 256]; [256, 512] has the same byte count, so only the shape check sees it
  await damage(
    page,
    'model.json',
    editJson((j) => {
      const w = (j.weightsManifest[0].weights as { name: string; shape: number[] }[]).find((e) => e.name === 'out/Wc')!;
      w.shape = [...w.shape].reverse();
    }),
  );
  await expectNamedFailureThenOtherModelWorks(
    page,
    'model.json gives the weight “out/Wc” the shape [256, 512], but the model needs [512, 256].',
  );
});

test('a weights file that does not match its checksum', async ({ page }) => {
  let served = 0;
  await damage(page, 'weights.bin', (b) => {
    served += 1;
    const copy = Buffer.from(b);
    const at = copy.length >> 1;
    copy.writeUInt8(copy.readUInt8(at) ^ 0xff, at); // one flipped byte: same size, different content
    return copy;
  });
  await expectNamedFailureThenOtherModelWorks(
    page,
    'weights.bin does not match its checksum: the download is corrupt or out of date.',
  );
  expect(served, 'one retry bypassing the cache, then the error').toBe(2);
});

test('a model.json that is not JSON', async ({ page }) => {
  await damage(page, 'model.json', (b) => b.subarray(0, 200));
  await expectNamedFailureThenOtherModelWorks(page, 'model.json is not valid JSON (damaged or wrong file).');
});

test('a model.json with an impossible configuration', async ({ page }) => {
  await damage(
    page,
    'model.json',
    editJson((j) => (j.config.hidden = 'large')),
  );
  await expectNamedFailureThenOtherModelWorks(page, 'model.json is malformed: “config.hidden” is missing or invalid.');
});

test('a vocab.json that is not JSON, or does not fit the model', async ({ page }) => {
  await damage(page, 'vocab.json', (b) => Buffer.concat([b.subarray(0, 1000), Buffer.from('<html>')]));
  await expectNamedFailureThenOtherModelWorks(page, 'vocab.json is not valid JSON (damaged or wrong file).');

  await page.unrouteAll();
  let src = 0;
  let tgt = 0;
  await damage(
    page,
    'vocab.json',
    editJson((j) => {
      [src, tgt] = [j.src.length, j.tgt.length];
      j.tgt = (j.tgt as string[]).slice(0, 100);
    }),
  );
  // back to the broken model: the same kind of message for the other damage
  await page.getByTestId('model-select').selectOption(BROKEN);
  await expect(page.getByTestId('model-error')).toContainText('vocab.json has ');
  await expect(page.getByTestId('model-error')).toContainText(
    `Could not load the model “${MODEL}”: vocab.json has ${src} source and 100 target words, but model.json expects ${src} and ${tgt}.`,
  );
  await expect(page.getByTestId('translate')).toBeDisabled();
});
