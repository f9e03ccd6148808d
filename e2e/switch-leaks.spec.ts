/**
 * Switching model, backend or tab while a decode runs leaves no tensor behind (issue 21): greedy,
 * teacher forcing, compare, and tab switches during the main translation and a beam search (the
 * beam search's own model and backend switches: e2e/robust.spec.ts). tfjs's tensor count is read
 * through the test hooks (window.__attviz, src/app/testHooks.ts). Each switch is recorded in the
 * page at the moment it happens, with whether the decode was still running then, so that no test
 * passes with a decode that had finished before the switch.
 *
 * One page, on webgl: only there does a decode give the page back between its steps (it waits for
 * the GPU's answers), so that a switch can land in the middle of one. On wasm and cpu a decode runs
 * from start to end in one go (their reads resolve at once), and a click waits until it is over.
 * Short sentences keep SwiftShader's decodes around a second. (The backend switch during a
 * comparison is left out: it would need two more comparisons on webgl to rebuild the same models.) The engine keeps every model built on
 * the backend across model switches, so a count taken after using them includes them all.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './pageWatch';

const SENTENCE = 'He is reading a book in the garden.';
const REFERENCE = 'Il lit un livre dans le jardin avec son frère.';
/** the backend the decodes run on, and the one a backend switch goes to and back from */
const GPU = 'webgl';
const OTHER = 'wasm';
/** the models compared (the baseline's shaders are compiled anyway: the model switches go to it) */
const COMPARED = ['luong-general', 'none'];

test.describe.configure({ mode: 'serial' });

let page: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  errors = watchErrors(page);
  await page.goto(`./?backend=${GPU}&text=${encodeURIComponent(SENTENCE)}`);
  await page.waitForFunction(() => window.__attviz !== undefined);
  await idle('luong-general', GPU);
  await installSwitchRecorder();
});

test.afterAll(async () => {
  await page.close();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

const tensors = (): Promise<number> => page.evaluate(() => window.__attviz!.memory().numTensors);

/**
 * Waits until the page shows `model`'s translation on `backend` and nothing runs: no view says it
 * is busy (main view, beam, forcing, compare), and the engine has finished every operation queued
 * (a view closed during its search leaves that search running, unseen, for seconds on webgl).
 */
async function idle(model: string, backend: string): Promise<void> {
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-variant', model);
  await expect(result).toHaveAttribute('data-backend', backend);
  const viewsIdle = async (): Promise<void> => {
    await expect(page.getByTestId('status')).toHaveText(/^Ready/);
    await expect(page.locator('[data-testid=beam-status][data-busy=true]')).toHaveCount(0);
    // the beam view decodes its chosen hypothesis after each search
    await expect(page.getByTestId('beam-steps-loading')).toHaveCount(0);
    await expect(page.locator('[data-testid=forcing-status][data-busy=true]')).toHaveCount(0);
    await expect(page.locator('[data-testid=compare-status]:not([data-status=ready])')).toHaveCount(0);
  };
  await viewsIdle();
  // an operation of the engine's that waits for every one queued before it (the model is built)
  await page.evaluate((m) => window.__attviz!.engine.load(m).then(() => undefined), model);
  await viewsIdle();
}

/** Switches the model there and back, waiting for each. */
async function modelRoundTrip(other: string): Promise<void> {
  await page.getByTestId('model-select').selectOption(other);
  await idle(other, GPU);
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', GPU);
}

/** Switches the backend to {@link OTHER} and back, waiting for each. */
async function backendRoundTrip(): Promise<void> {
  await page.getByTestId('backend-select').selectOption(OTHER);
  await idle('luong-general', OTHER);
  await page.getByTestId('backend-select').selectOption(GPU);
  await idle('luong-general', GPU);
}

/**
 * Records every switch (a change of the model or backend picker, a click on a tab) in the page as
 * it happens: whether the page showed a decode running then (an element matching
 * `window.__busyWhen`, a CSS selector set by {@link expectSwitchesWhile}).
 */
async function installSwitchRecorder(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __switches: boolean[]; __busyWhen: string };
    w.__switches = [];
    w.__busyWhen = 'none';
    const onSwitch = (e: Event): void => {
      const el = e.target instanceof Element ? e.target : null;
      if (el?.closest('[data-testid=model-select], [data-testid=backend-select], [role=tab]'))
        w.__switches.push(document.querySelector(w.__busyWhen) !== null);
    };
    document.addEventListener('change', onSwitch, true);
    document.addEventListener('click', onSwitch, true);
  });
}

/** Runs `act`, then asserts that each switch it made (`count`) happened while `busy` (a CSS selector) matched. */
async function expectSwitchesWhile(busy: string, count: number, act: () => Promise<void>): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __switches: boolean[]; __busyWhen: string };
    w.__switches = [];
    w.__busyWhen = sel;
  }, busy);
  await act();
  const seen = await page.evaluate(() => (window as unknown as { __switches: boolean[] }).__switches);
  expect(seen, `switches made while "${busy}" was shown`).toEqual(Array<boolean>(count).fill(true));
}

/**
 * Starts a greedy decode of `sentence` through the engine itself, as a view would, marking the
 * page's root `data-hook-decode` until it ends; resolves once started.
 */
async function startGreedy(sentence: string): Promise<void> {
  await page.evaluate((s) => {
    const e = window.__attviz!.engine;
    const root = document.documentElement;
    root.dataset.hookDecode = 'running';
    void e.translate('luong-general', 'Luong · general', s).finally(() => delete root.dataset.hookDecode);
  }, sentence);
}

const greedyRunning = 'html[data-hook-decode]';
const greedyDone = async (): Promise<void> => {
  await expect(page.locator(greedyRunning)).toHaveCount(0);
};

test('greedy: switching model, then backend, during the decode leaves the tensor count as before', async () => {
  await modelRoundTrip('none'); // both models built once: the count before is that of both
  const before = await tensors();
  await expectSwitchesWhile(greedyRunning, 1, async () => {
    await startGreedy(SENTENCE);
    await page.getByTestId('model-select').selectOption('none');
  });
  await idle('none', GPU);
  await greedyDone();
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', GPU);
  expect(await tensors()).toBe(before);

  // the backend: a round trip without a decode gives the count to expect, one during a decode the same
  await backendRoundTrip();
  const afterRoundTrip = await tensors();
  await expectSwitchesWhile(greedyRunning, 1, async () => {
    await startGreedy(SENTENCE);
    await page.getByTestId('backend-select').selectOption(OTHER);
  });
  await idle('luong-general', OTHER);
  await greedyDone();
  await page.getByTestId('backend-select').selectOption(GPU);
  await idle('luong-general', GPU);
  expect(await tensors()).toBe(afterRoundTrip);
});

test('teacher forcing: switching model, then backend, while a reference is fed leaves the count as before', async () => {
  await page.getByRole('tab', { name: 'Teacher forcing & BLEU' }).click();
  const refs = page.getByTestId('reference-input');
  await refs.fill(REFERENCE);
  const run = page.getByTestId('force-run');
  const forcing = '[data-testid=forcing-status][data-busy=true]';
  // a first run: what the count is once a forced decode ran (a model switch re-translates and remounts the view)
  await run.click();
  await expect(page.getByTestId('forcing-result')).toBeVisible();
  await modelRoundTrip('none'); // (the backend switch before left only this model built)
  const before = await tensors();
  await expectSwitchesWhile(forcing, 1, async () => {
    await run.click();
    await expect(page.locator(forcing)).toHaveCount(1);
    await page.getByTestId('model-select').selectOption('none');
  });
  await idle('none', GPU);
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', GPU);
  expect(await tensors()).toBe(before);

  await backendRoundTrip();
  const afterRoundTrip = await tensors();
  await expectSwitchesWhile(forcing, 1, async () => {
    await run.click();
    await expect(page.locator(forcing)).toHaveCount(1);
    await page.getByTestId('backend-select').selectOption(OTHER);
  });
  await idle('luong-general', OTHER);
  await page.getByTestId('backend-select').selectOption(GPU);
  await idle('luong-general', GPU);
  expect(await tensors()).toBe(afterRoundTrip);
});

test('compare: switching the model during a comparison leaves the count as before', async () => {
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-check')).toHaveCount(5); // (the view's code loads when first opened)
  for (const box of await page.getByTestId('compare-check').all()) {
    await box.setChecked(COMPARED.includes((await box.getAttribute('data-variant'))!));
  }
  await page.getByTestId('compare-input').fill(SENTENCE);
  const runCompare = page.getByTestId('compare-run');
  const compared = async (): Promise<void> => {
    await expect(page.getByTestId('compare-status')).toHaveCount(COMPARED.length);
    await expect(page.locator('[data-testid=compare-status][data-status=ready]')).toHaveCount(COMPARED.length);
    await expect(page.getByTestId('compare-align-source')).toBeEnabled(); // the shared output is done too
  };
  // every compared model built once (and the baseline's): the count before is that of all of them
  await runCompare.click();
  await compared();
  await idle('luong-general', GPU);
  const before = await tensors();
  const translating = '[data-testid=compare-status][data-status=translating]';
  await expectSwitchesWhile(translating, 1, async () => {
    await runCompare.click();
    await expect(page.locator(translating)).toHaveCount(1);
    await page.getByTestId('model-select').selectOption('none');
  });
  await compared();
  await idle('none', GPU);
  await page.getByTestId('model-select').selectOption('luong-general');
  await idle('luong-general', GPU);
  expect(await tensors()).toBe(before);
});

test('tabs: switching tab during the main translation and during a beam search leaves the count as before', async () => {
  await page.getByRole('tab', { name: 'Translation & steps' }).click();
  const before = await tensors();
  const translating = '[data-testid=status][data-busy=true]';
  const input = page.getByTestId('source-input');
  const other = 'She does not like coffee.';
  await expectSwitchesWhile(translating, 1, async () => {
    await input.fill(other);
    await input.press('Enter');
    await expect(page.locator(translating)).toHaveCount(1);
    await page.getByRole('tab', { name: 'Beam search' }).click();
  });
  await expect(page.getByTestId('beam-view')).toBeVisible();
  // the beam view searches the new translation (width 5 on a long sentence): away from it meanwhile
  const searching = '[data-testid=beam-status][data-busy=true]';
  await expectSwitchesWhile(searching, 1, async () => {
    await expect(page.locator(searching)).toHaveCount(1);
    await page.getByRole('tab', { name: 'Translation & steps' }).click();
  });
  await idle('luong-general', GPU);
  await expect(page.getByTestId('result')).toHaveAttribute('data-source', other);
  expect(await tensors()).toBe(before);
});
