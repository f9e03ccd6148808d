/**
 * No tensor leaks in the browser: 1,000 mixed decodes (greedy, beam search, teacher forcing, what-if
 * attention override with a forced word: 250 each, over four short sentences) through the page's real engine
 * (window.__attviz, src/app/testHooks.ts) leave tfjs's tensor count and bytes exactly as they were,
 * on every backend; on webgl the textures stay within the pool the warm-up round filled.
 *
 * wasm runs the shipped luong-general model; cpu and the software-rendered webgl of this headless
 * Chromium are too slow for 1,000 decodes of it, so they run a small route-served random model of the
 * same architecture (H = 64), through the same code. On SwiftShader every kernel costs about a
 * millisecond whatever its size, so a decode costs what its kernel count says, not what its model
 * size says (~0.25 s for a 4-word sentence and 3 output tokens on this busy 2-core machine); webgl
 * therefore decodes one- and two-word sentences into at most 2 tokens (~0.19 s per decode), which
 * takes every code path the longer sentences take. `LEAK_WEBGL_DECODES` lowers its count for a quick run.
 */
import { expect, test } from '@playwright/test';
import { check, watch } from './pageWatch';
import { makeTestModel, serveTestModels } from './testModels';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

const SENTENCES = ['I am a student.', 'He is tall.', 'Where is the station?', 'I like tea very much.'];
const REFERENCE = 'Je suis étudiant.';
/** Two-word sentences for software-rendered WebGL, where every kernel costs ~1 ms whatever its size. */
const SHORT_SENTENCES = ['Go!', 'Hi.', 'Run!', 'Help!'];
const SHORT_REFERENCE = 'Va !';

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
  {
    backend: 'webgl',
    model: 'test-general',
    name: 'general (random test weights)',
    tiny: true,
    decodes: Number(process.env.LEAK_WEBGL_DECODES ?? 1000),
  },
] as const;

for (const c of CASES) {
  test(`${c.decodes} mixed decodes on ${c.backend} (${c.tiny ? 'small test model' : c.model}) leak no tensor`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    if (c.tiny) await serveTestModels(page, [makeTestModel('general', 7, c.backend === 'webgl' ? { maxTgtLen: 2 } : {})]);
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
      {
        model: c.model,
        name: c.name,
        sentences: c.backend === 'webgl' ? SHORT_SENTENCES : SENTENCES,
        reference: c.backend === 'webgl' ? SHORT_REFERENCE : REFERENCE,
        decodes: c.decodes,
      },
    );
    const before = run.before as Memory;
    const after = run.after as Memory;
    console.log(
      `leaks ${c.backend}: ${c.decodes} decodes in ${run.seconds.toFixed(1)} s; before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`,
    );
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
    await expect(page.locator(`[data-testid="result"][data-backend="${c.backend}"]`)).toHaveAttribute(
      'data-source',
      'I am a student.',
    );
  });
}
