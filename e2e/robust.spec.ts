/**
 * The page against hostile or unlucky surroundings (issue 21): links with malformed escapes or
 * tfjs debug flags, what-if links that do not fit, a browser that refuses storage, a view chunk
 * that 404s, Enter hammered during decodes, switches during a beam search, and model files that
 * are NaN or a web page. Each opens a working page (no page error) that says what it could not do.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './pageWatch';

/** Waits until the page has a model loaded on `backend` and is idle. */
async function ready(page: Page, backend = 'wasm'): Promise<void> {
  await expect(page.getByTestId('backend')).toHaveText(backend);
  await expect(page.getByTestId('status')).toHaveText(/^Ready/);
}

/** tfjs's URL flags as its environment took them (`{}` when it took none). */
const tfjsUrlFlags = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { _tfengine: { ENV: { urlFlags: Record<string, unknown> } } })._tfengine.ENV.urlFlags,
  );

test.describe('broken links open a working page', () => {
  test('malformed escapes and tfjs debug flags: the default view with a notice, and tfjs took no flag', async ({ page }) => {
    const errors = watchErrors(page);
    for (const [query, notice] of [
      ['?backend=wasm&text=I%20am%20100%%20sure.', 'url-notice'],
      ['?backend=wasm&utm_source=%E0%A4%A', 'url-notice'],
      ['?backend=wasm&text=%ED%A0%80abc', 'url-notice'],
      ['?backend=wasm&tfjsflags=', 'flags-notice'],
      ['?backend=wasm&tfjsflags=PROD', 'flags-notice'],
      ['?backend=wasm&tfjsflags=DEBUG:true', 'flags-notice'],
      ['?backend=wasm&tfjsflags=WEBGL_FORCE_F16_TEXTURES:true', 'flags-notice'],
    ] as const) {
      await page.goto(`./${query}`);
      await ready(page);
      await expect(page.getByTestId(notice), query).toBeVisible();
      expect(await tfjsUrlFlags(page), query).toEqual({});
      // the bad part is gone from the address bar; what was good stays
      expect(new URL(page.url()).search, query).not.toMatch(/%%|%E0%A4%A|%ED%A0|tfjsflags/);
      expect(new URL(page.url()).searchParams.get('backend'), query).toBe('wasm');
    }
    // and the last of them translates
    await page.getByTestId('source-input').fill('I am a student.');
    await page.getByTestId('source-input').press('Enter');
    await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'I am a student.');
    await expect(page.getByTestId('translation')).not.toHaveText('');
    expect(errors).toEqual([]);
  });

  test('what-if links that do not fit the decode do not mark the page manipulated', async ({ page }) => {
    const errors = watchErrors(page);
    const text = encodeURIComponent('I am a student.');
    for (const whatIf of ['force=1.0', 'force=1.2', 'force=150.5', 'att=200_1_0_0_0_0', 'force=150.5&att=199_1_1_1_1_1']) {
      await page.goto(`./?backend=wasm&text=${text}&${whatIf}`);
      await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'I am a student.');
      await expect(page.getByTestId('status')).toHaveText(/^Ready/);
      await expect(page.getByTestId('result'), whatIf).toHaveAttribute('data-manipulated', 'false');
      await expect(page.getByTestId('whatif-badge')).toHaveCount(0);
      await expect(page.getByTestId('translation')).not.toContainText(/<pad>|<s>/);
      expect(new URL(page.url()).searchParams.has('force') || new URL(page.url()).searchParams.has('att')).toBe(false);
    }
    // one that fits still does: </s> forced at step 2 ends the sentence there
    await page.goto(`./?backend=wasm&text=${text}&force=2.3`);
    await expect(page.getByTestId('result')).toHaveAttribute('data-manipulated', 'true');
    expect(errors).toEqual([]);
  });
});

test('with storage refused, the page works and says what it cannot remember', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const deny = (): never => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'])
      Object.defineProperty(window, name, { get: deny, configurable: true });
  });
  await page.goto('./?backend=wasm&tour=off');
  await ready(page);
  await expect(page.getByTestId('storage-notice')).toContainText('will not be remembered');
  await page.getByTestId('source-input').fill('Where is the train station?');
  await page.getByTestId('source-input').press('Enter');
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'Where is the train station?');
  await expect(page.getByTestId('translation')).not.toHaveText('');
  expect(errors).toEqual([]);
});

test('a view chunk that 404s: its tab says so with a retry, the page keeps working, and the retry (or, where the browser keeps the failed download, a reload) loads it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  let fail = true;
  await page.route(/\/assets\/BeamView-[^/]*\.js$/, (route) =>
    fail ? route.fulfill({ status: 404, body: 'gone', contentType: 'text/plain' }) : route.fallback(),
  );
  await page.goto(`./?backend=wasm&text=${encodeURIComponent('I am a student.')}`);
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'I am a student.');
  await page.getByRole('tab', { name: /beam/i }).click();
  await expect(page.getByTestId('view-failed')).toContainText('could not be shown');
  // the rest of the page works
  await page
    .getByRole('tab', { name: /translat/i })
    .first()
    .click();
  await page.getByTestId('source-input').fill('He is tall.');
  await page.getByTestId('source-input').press('Enter');
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'He is tall.');
  // back online: Retry shows the view; where the browser keeps the failed download for the page's
  // lifetime (the older module-map rule: Chromium before ~151, as Debian 12's 150), the retry fails
  // again and the page offers a reload, which keeps the sentence and the tab
  fail = false;
  await page.getByRole('tab', { name: /beam/i }).click();
  await page.getByTestId('view-retry').click();
  const view = page.getByTestId('beam-view');
  const reload = page.getByTestId('view-reload');
  await expect(view.or(reload)).toBeVisible();
  if (await reload.isVisible()) {
    await expect(page.getByTestId('view-failed')).toContainText('reload to try again');
    await reload.click();
    await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'He is tall.');
    await expect(page.getByRole('tab', { name: /beam/i })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(view).toBeVisible();
  await expect(page.getByTestId('view-failed')).toHaveCount(0);
  expect(errors.filter((e) => !/BeamView|dynamically imported module/i.test(e))).toEqual([]);
});

const SENTENCES = [
  'I am a student.',
  'He is reading a book in the garden.',
  'Where is the train station?',
  "She doesn't like coffee.",
  'We will go to the beach tomorrow.',
  'The cat is sleeping on the sofa.',
  'I like tea very much.',
  'They live in a small house.',
  'My brother is a doctor.',
  'It is very cold today.',
  'Can you help me, please?',
  'The children are playing outside.',
  'I have lost my keys.',
  'We are going to the cinema tonight.',
  'This book is very interesting.',
  'He speaks French very well.',
  'I need to buy some bread.',
  'The weather is nice today.',
  'She is my sister.',
  'Tom is my best friend.',
];

for (const backend of ['wasm', 'webgl'] as const) {
  test(`Enter pressed 20 times in 2 s on ${backend}: the last sentence is translated and shown`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`./?backend=${backend}`);
    await ready(page, backend);
    const input = page.getByTestId('source-input');
    for (const s of SENTENCES) {
      await input.fill(s);
      await input.press('Enter');
      await page.waitForTimeout(100); // the user's pace: 20 sentences in 2 s
    }
    const last = SENTENCES.at(-1)!;
    await expect(page.getByTestId('result')).toHaveAttribute('data-source', last);
    await expect(page.getByTestId('status')).toHaveText(/^Ready/);
    await expect(page.getByTestId('translation')).not.toHaveText('');
    await expect(page.getByTestId('stale-note')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('text')).toBe(last);
    expect(errors).toEqual([]);
  });
}

/**
 * Starts a width-5 beam search of `sentence` through the test hooks; resolves when it ends (see
 * {@link beamDone}) to how: 'done', or the name of its error ('AbortError': given up).
 */
function startBeam(page: Page, sentence: string): Promise<string> {
  return page.evaluate((s) => {
    const w = window as unknown as { __beamDone: boolean };
    w.__beamDone = false;
    return window
      .__attviz!.engine.beam('luong-general', 'g', s, { k: 5, alpha: 0.7 })
      .then(
        () => 'done',
        (e: unknown) => (e instanceof DOMException ? e.name : String(e)),
      )
      .finally(() => {
        w.__beamDone = true;
      });
  }, sentence);
}

/** Whether the search {@link startBeam} started has ended. */
function beamDone(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __beamDone: boolean }).__beamDone);
}

// On webgl: a wasm or cpu decode never yields to the event loop, so no switch could land in the middle of it there.
test('switching model or backend during a beam search gives the search up and leaves no tensor behind', async ({ page }) => {
  const errors = watchErrors(page);
  const long = 'We will go to the beach tomorrow if it does not rain and if my brother comes with us.';
  await page.goto(`./?backend=webgl&text=${encodeURIComponent(long)}`);
  await ready(page, 'webgl');
  const tensors = () => page.evaluate(() => window.__attviz!.memory().numTensors);
  const idle = async (model: string, backend: string): Promise<void> => {
    await expect(page.getByTestId('result')).toHaveAttribute('data-variant', model);
    await expect(page.getByTestId('result')).toHaveAttribute('data-backend', backend);
    await expect(page.getByTestId('status')).toHaveText(/^Ready/);
    await expect(page.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');
  };
  await page.getByRole('tab', { name: /beam/i }).click();
  await expect(page.getByTestId('beam-view')).toBeVisible();
  // both models built once: the engine keeps them, so the count before is that of both
  await page.getByTestId('model-select').selectOption('none');
  await idle('none', 'webgl');
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', 'webgl');
  const before = await tensors();

  // a beam search runs (width 5 on the long sentence) when the model is switched (which gives it
  // up: the beam view searches again with the new model), and back
  const beam = startBeam(page, long);
  await page.getByTestId('model-select').selectOption('none');
  expect(await beamDone(page)).toBe(false); // the switch came while the search ran
  await idle('none', 'webgl');
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', 'webgl');
  expect(await beam).toBe('AbortError');
  expect(await tensors()).toBe(before);

  // the backend: a round trip with no beam search gives the count to expect…
  await page.getByTestId('backend-select').selectOption('wasm');
  await idle('luong-general', 'wasm');
  await page.getByTestId('backend-select').selectOption('webgl');
  await idle('luong-general', 'webgl');
  const afterRoundTrip = await tensors();
  // …and one during a beam search gives the same
  const beam2 = startBeam(page, long);
  await page.getByTestId('backend-select').selectOption('wasm');
  expect(await beamDone(page)).toBe(false);
  await idle('luong-general', 'wasm');
  await page.getByTestId('backend-select').selectOption('webgl');
  await idle('luong-general', 'webgl');
  expect(await beam2).toBe('AbortError');
  expect(await tensors()).toBe(afterRoundTrip);
  expect(errors).toEqual([]);
});

// On webgl (software-rendered here), where a beam search of a long sentence takes seconds and
// yields between its steps, so a new sentence can really arrive in the middle of one.
test('a sentence entered while the beam view searches is translated at once: the search is given up, then done for it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const long = 'We will go to the beach tomorrow if it does not rain and if my brother comes with us.';
  const next = 'I am a student.';
  await page.goto(`./?backend=webgl&text=${encodeURIComponent(next)}`);
  await ready(page, 'webgl');
  const tensors = () => page.evaluate(() => window.__attviz!.memory().numTensors);
  // the beam view searched once (what it keeps is then in the count); nothing runs any more (its
  // best hypothesis's step view is decoded after the search: on webgl a count taken during that
  // decode includes its tensors)
  const settled = async (): Promise<void> => {
    await expect(page.getByTestId('status')).toHaveText(/^Ready/);
    await expect(page.getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');
    await expect(page.getByTestId('panel-beam').getByTestId('beam-selected')).toBeVisible();
    await expect(page.getByTestId('beam-steps-loading')).toHaveCount(0);
  };
  await page.getByRole('tab', { name: /beam/i }).click();
  await settled();
  const before = await tensors();
  // every beam search the page asks for from now on: its sentence and how it ended
  await page.evaluate(() => {
    const w = window as unknown as { __beams: { text: string; end: string }[] };
    w.__beams = [];
    const engine = window.__attviz!.engine;
    const beam = engine.beam.bind(engine);
    engine.beam = (variant, label, text, opts) => {
      const rec = { text, end: 'running' };
      w.__beams.push(rec);
      return beam(variant, label, text, opts).then(
        (r) => ((rec.end = 'done'), r),
        (e: unknown) => {
          rec.end = e instanceof DOMException ? e.name : 'error';
          throw e;
        },
      );
    };
  });
  const beams = () => page.evaluate(() => (window as unknown as { __beams: { text: string; end: string }[] }).__beams);
  const input = page.getByTestId('source-input');
  await input.fill(long);
  await input.press('Enter');
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', long);
  await expect(page.getByTestId('beam-status')).toHaveAttribute('data-busy', 'true');
  await input.fill(next);
  await input.press('Enter');
  // the sentence came during the search (which may already have been given up by now)
  expect(await beams()).toEqual([{ text: long, end: expect.stringMatching(/^(running|AbortError)$/) as unknown as string }]);
  // the new sentence is translated, and the beam view searches it (and shows its best hypothesis)
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', next);
  await settled();
  const ended = await beams();
  // the long sentence's search was given up (it would have run to its end first), the new one's ran
  expect(ended[0]).toEqual({ text: long, end: 'AbortError' });
  expect(ended.filter((b) => b.text === long && b.end === 'done')).toEqual([]);
  expect(ended.at(-1)).toEqual({ text: next, end: 'done' });
  await expect(page.getByTestId('beam-error')).toHaveCount(0);
  await expect.poll(tensors).toBe(before);
  expect(errors).toEqual([]);
});

test('model files that are NaN or a web page are refused by name, and the model can be retried', async ({ page }) => {
  const errors = watchErrors(page);
  let mode: 'nan' | 'html' | 'real' = 'nan';
  await page.route('**/models/en-fr/luong-general/model.json', async (route) => {
    const real = await route.fetch();
    const j = JSON.parse((await real.body()).toString('utf8')) as Record<string, unknown>;
    if (mode === 'nan') delete j.sha256; // the checksum is optional: only the NaN check can catch it
    await route.fulfill({ response: real, body: JSON.stringify(j) });
  });
  await page.route('**/models/en-fr/luong-general/weights.bin', async (route) => {
    const real = await route.fetch();
    const body = await real.body();
    if (mode === 'nan') await route.fulfill({ response: real, body: Buffer.alloc(body.length, 0xff) });
    else if (mode === 'html') await route.fulfill({ status: 200, body: '<!doctype html><p>hi</p>', contentType: 'text/html' });
    else await route.fulfill({ response: real });
  });
  await page.goto('./?backend=wasm');
  const alert = page.getByTestId('model-error');
  await expect(alert).toContainText('Could not load the model “Luong · general”');
  await expect(alert).toContainText('NaN or infinity');
  await expect(page.getByTestId('translation')).toHaveCount(0);

  mode = 'html';
  await page.getByTestId('model-retry').click();
  await expect(alert).toContainText('is not a weights file');

  mode = 'real';
  await page.getByTestId('source-input').fill('I am a student.');
  await page.getByTestId('model-retry').click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', 'I am a student.');
  await expect(page.getByTestId('translation')).not.toContainText('NaN');
  expect(errors).toEqual([]);
});
