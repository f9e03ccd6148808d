/**
 * Content-Security-Policy (src/csp.ts, put into the built pages by vite.config.ts): the page runs
 * on every backend with the policy active and reports no violation, and what the policy is for
 * really is blocked: an injected inline script, an event-handler attribute, eval, a parsed inline
 * style, a request to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/csp';
import { translateOn as translate } from './backendHelpers';
import { check, watch } from './pageWatch';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every `securitypolicyviolation` event of the page (the init script itself is not subject to the policy). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: Violation[] = [];
    (window as unknown as { __csp: Violation[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
}

const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);

/** Opens the page on `backend` and checks the policy is the one the build put in, with no inline script. */
async function open(page: Page, backend: string): Promise<void> {
  await page.goto(`./?backend=${backend}`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('backend')).toHaveText(backend);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
}

for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
  test(`runs on ${backend} under the CSP with no violation`, async ({ page, baseURL }) => {
    watch(page, baseURL!); // CSP violations are console errors too
    await recordViolations(page);
    await open(page, backend);
    await translate(page, 'I am a student.', backend);
    expect((await page.getByTestId('translation').textContent())?.trim()).not.toBe('');
    // KaTeX lays the formula out with styles set through the DOM (allowed), not parsed from HTML.
    const formula = page.getByTestId('formula-tex');
    await expect(formula.locator('.katex-html')).toBeVisible();
    expect(
      await formula
        .locator('.vlist')
        .first()
        .evaluate((e) => (e as HTMLElement).style.height),
    ).toMatch(/em$/);
    if (backend === 'wasm') {
      // The other views too (beam tree, teacher forcing with KaTeX, compare, results table).
      await page.getByTestId('tab-beam').click();
      await expect(page.getByTestId('panel-beam').getByTestId('beam-tree')).toBeVisible();
      await expect(page.getByTestId('panel-beam').getByTestId('beam-status')).toHaveAttribute('data-busy', 'false');
      await page.getByTestId('tab-forcing').click();
      await page.getByTestId('panel-forcing').getByTestId('reference-input').fill('Je suis étudiant.');
      await page.getByTestId('panel-forcing').getByTestId('force-run').click();
      await expect(page.getByTestId('panel-forcing').getByTestId('forcing-status')).toHaveAttribute('data-busy', 'false');
      await expect(page.getByTestId('panel-forcing').getByTestId('forced-row').first()).toBeVisible();
      await page.getByTestId('tab-compare').click();
      await expect(page.getByTestId('compare-view')).toBeVisible();
      await page.getByTestId('tab-models').click();
      await expect(page.getByTestId('models-row').first()).toBeVisible();
    }
    expect(await violations(page)).toEqual([]);
    check(page);
  });
}

test('blocks injected inline script, event handlers, eval, parsed inline styles and other origins', async ({ page, baseURL }) => {
  await recordViolations(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(baseURL!).origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  // eval is tried by a script of the page's own origin: code that Playwright evaluates is exempt from the policy.
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `const tryIt = (f) => { try { f(); return ''; } catch (e) { return e.name; } };
        window.__probe = { evalError: tryIt(() => (0, eval)('1 + 1')), functionError: tryIt(() => new Function('return 1')()) };`,
    }),
  );
  await open(page, 'wasm');
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "inline script ran"';
    document.body.append(script);
    const host = document.createElement('div');
    host.innerHTML =
      '<img src="data:," onload="window.__handler = \'handler ran\'" onerror="window.__handler = \'handler ran\'"><p style="color: rgb(255, 0, 0)">styled</p>';
    document.body.append(host);
    const probe = document.createElement('script');
    probe.src = './csp-probe.js';
    await new Promise((resolve, reject) => {
      probe.onload = resolve;
      probe.onerror = reject;
      document.body.append(probe);
    });
    const { evalError, functionError } = w.__probe as { evalError: string; functionError: string };
    let fetchError = '';
    try {
      await fetch('https://example.com/exfiltrate');
    } catch (e) {
      fetchError = (e as Error).name;
    }
    await new Promise((r) => setTimeout(r, 200)); // let the image load or fail (and its handler not run)
    const color = getComputedStyle(host.querySelector('p')!).color;
    host.remove();
    script.remove();
    probe.remove();
    return { injected: w.__injected ?? null, handler: w.__handler ?? null, evalError, functionError, fetchError, color };
  });
  expect(outcome).toEqual({
    injected: null,
    handler: null,
    evalError: 'EvalError',
    functionError: 'EvalError',
    fetchError: 'TypeError',
    color: expect.not.stringMatching(/255, 0, 0/),
  });
  // each attempt was reported (eval as script-src, the handler as script-src-attr, …)
  await expect
    .poll(async () => [...new Set((await violations(page)).map((v) => v.directive))].sort())
    .toEqual(['connect-src', 'script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
  expect(foreign, 'a blocked request never leaves the page').toEqual([]);
  // The page still works after the attempts.
  await translate(page, 'I am a student.', 'wasm');
});

test('the benchmark page (bench.html) runs under the CSP too', async ({ page, baseURL }) => {
  watch(page, baseURL!);
  await recordViolations(page);
  await page.goto('./bench.html');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  await page.waitForFunction(() => window.benchReady === true);
  const r = await page.evaluate(() => window.runBench!('wasm', { runs: 1, warmup: 0, sentence: 'I am a student.' }));
  expect(r.variant).toBe('luong-general');
  expect(await violations(page)).toEqual([]);
  check(page);
});
