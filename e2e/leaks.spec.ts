/**
 * No tensor leaks in the browser: 1,000 mixed decodes (greedy, beam search, teacher forcing, what-if
 * attention override with a forced word: 250 each, over four short sentences) through the page's real engine
 * (window.__attviz, src/app/testHooks.ts) leave tfjs's tensor count and bytes exactly as they were,
 * on every backend; on webgl the textures stay within the pool the warm-up round filled.
 *
 * wasm runs the shipped luong-general model; cpu and the software-rendered webgl of this headless
 * Chromium are too slow for 1,000 decodes of it, so they run a small route-served random model of the
 * same architecture (H = 64, at most 3 output tokens on webgl), through the same code. WebGL here
 * (SwiftShader on a busy 2-core machine) takes ~0.5 s per decode whatever the model size (GPU
 * fence round trips dominate), so it runs 200 decodes (50 per kind) to stay near two minutes.
 */
import { expect, test } from '@playwright/test';
import { check, watch } from './pageWatch';
import { makeTestModel, serveTestModels } from './testModels';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

const SENTENCES = ['I am a student.', 'He is tall.', 'Where is the station?', 'I like tea very much.'];
const REFERENCE = 'Je suis étudiant.';

interface Memory {
  numTensors: number;
  numDataBuffers: number;
  numBytes: number;
  backend: string;
  webgl: { bytesInUse: number; bytesAllocated: number; texturesInUse: number; texturesFree: number } | null;
}

const CASES = [
  { backend: 'wasm', model: 'luong-general', name: 'Luong · general', tiny: false, decodes: 1000 },
  { backend: 'cpu', model: 'test-general', name: 'general (random test weights)', tiny: true, decodes: 1000 },
  { backend: 'webgl', model: 'test-general', name: 'general (random test weights)', tiny: true, decodes: 200 },
] as const;

for (const c of CASES) {
  test(`${c.decodes} mixed decodes on ${c.backend} (${c.tiny ? 'small test model' : c.model}) leak no tensor`, async ({ page }) => {
    test.setTimeout(300_000);
    if (c.tiny) await serveTestModels(page, [makeTestModel('general', 7, c.backend === 'webgl' ? { maxTgtLen: 3 } : {})]);
    await page.goto(`./?backend=${c.backend}`);
    await expect(page.getByTestId('backend')).toHaveText(c.backend);
    await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');

    const run = await page.evaluate(
      async ({ model, name, sentences, reference, decodes }) => {
        const hooks = window.__attviz!;
        const { engine } = hooks;
        /** One decode of kind `i % 4` on sentence `(i >> 2) % 4`. */
        const decode = async (i: number): Promise<void> => {
          const s = sentences[(i >> 2) % sentences.length]!;
          switch (i % 4) {
            case 0:
              await engine.translate(model, name, s);
              break;
            case 1:
              await engine.beam(model, name, s, { k: 3, alpha: 0.7 });
              break;
            case 2:
              await engine.forceReference(model, name, s, reference);
              break;
            default:
              // what-if: all attention of step 1 on the first source token, a word forced at step 2
              await engine.translate(model, name, s, { attention: [[1]], force: [undefined, 5] });
          }
        };
        // Warm-up round: every kind on every sentence (fills tfjs's texture pool on webgl).
        for (let i = 0; i < 16; i++) await decode(i);
        const before = hooks.memory();
        const t0 = performance.now();
        for (let i = 0; i < decodes; i++) await decode(i);
        const seconds = (performance.now() - t0) / 1000;
        return { before, after: hooks.memory(), seconds };
      },
      { model: c.model, name: c.name, sentences: SENTENCES, reference: REFERENCE, decodes: c.decodes },
    );
    const before = run.before as Memory;
    const after = run.after as Memory;
    console.log(`leaks ${c.backend}: ${c.decodes} decodes in ${run.seconds.toFixed(1)} s; before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`);
    expect(after.backend).toBe(c.backend);
    expect(after.numTensors, 'tensors').toBe(before.numTensors);
    expect(after.numDataBuffers, 'data buffers').toBe(before.numDataBuffers);
    expect(after.numBytes, 'tensor bytes').toBe(before.numBytes);
    if (c.backend === 'webgl') {
      expect(before.webgl).not.toBeNull();
      expect(after.webgl!.bytesInUse, 'GPU bytes in use').toBe(before.webgl!.bytesInUse);
      expect(after.webgl!.texturesInUse, 'textures in use').toBe(before.webgl!.texturesInUse);
      expect(after.webgl!.bytesAllocated, 'GPU bytes held, pool included').toBeLessThanOrEqual(before.webgl!.bytesAllocated);
    }
    // The page still translates normally afterwards.
    await page.getByTestId('source-input').fill('I am a student.');
    await page.getByTestId('translate').click();
    await expect(page.locator(`[data-testid="result"][data-backend="${c.backend}"]`)).toHaveAttribute('data-source', 'I am a student.');
  });
}
