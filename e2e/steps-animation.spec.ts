/**
 * The step view as an animation (issue 15), on wasm with a 20-token sentence, in one page load per
 * screen size (CI time):
 * - step 0, the encoder: frames sampled during each of its transitions show the embeddings
 *   growing, the forward and backward GRU states coming out of their neighbours, and →h_T, ←h_1
 *   flowing into s_0; the stage stays where it is;
 * - a still stage at step 3: its page position stays put (±2 px) across every phase and while
 *   playing, it fits its box (no sideways scroll), and in the output phase the top-k list is wholly visible;
 * - motion: for every phase transition, frames sampled while it runs show the phase's moving
 *   elements between their start and end geometry; with reduced motion, no frame does;
 * - a step's heatmap row comes with its output phase; a heatmap cell opens its step at the softmax
 *   phase with the stage in view;
 * - linked colour: a formula term has its picture element's colour, and hovering it marks them;
 * - with reduced motion (switched on while the page is open), nothing moves;
 * - a step downloads as a WebM video (valid, ≥ 1 s);
 * - a phone (390 × 844): no sideways page scroll, and the current phase's result is on screen.
 */
import type { Page } from '@playwright/test';
import { expect, open, shoot, test, translate, watchPages } from './stepHelpers';

watchPages();

/** 19 words and a full stop: 20 source tokens with </s>. */
const SENTENCE = 'yesterday the young woman who lives next door to my friend bought a small red car in town .';

type Rect = { x: number; y: number; w: number; h: number };

/** Goes to phase 1 of step 3 (keyboard, no motion asked for: a jump). */
async function toStep3(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.getByTestId('step-chip').nth(2).click();
  await page.getByTestId('step-picture').focus();
  await page.keyboard.press('Home');
  await page.getByTestId('step-chip').nth(2).click();
  await expect(page.getByTestId('stage')).toHaveAttribute('data-step', '3');
  const first = await page.getByTestId('phase-pill').first().getAttribute('data-phase');
  // the chip keeps the phase: walk back to the first one
  for (let i = 0; i < 8; i++) {
    if ((await page.getByTestId('stage').getAttribute('data-phase')) === first) break;
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', first!);
  await expect(page.getByTestId('stage')).toHaveAttribute('data-step', '3');
}

/**
 * Presses → inside the page (or clicks the element of test id `click`) and records every keyed
 * stage element: its box before, on each frame until the transition starts (at most `ms`), at four
 * points of the transition's timeline, after it, and its `data-from` origin.
 */
async function sampleTransition(page: Page, ms = 3000, click?: string) {
  return page.evaluate(
    async ({ ms, click }) => {
      const svg = document.querySelector('[data-testid="stage"] svg')!;
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const before: Record<string, Rect> = {};
      svg.querySelectorAll('[data-key]').forEach((el) => (before[(el as HTMLElement).dataset.key!] = rect(el)));
      if (click) document.querySelector<HTMLElement>(`[data-testid="${click}"]`)!.click();
      else window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const frames: Record<string, Rect[]> = {};
      const from: Record<string, string> = {};
      const record = (): void =>
        svg.querySelectorAll('[data-key]').forEach((el) => {
          const k = (el as HTMLElement).dataset.key!;
          (frames[k] ??= []).push(rect(el));
          const f = (el as HTMLElement).dataset.from;
          if (f) from[k] = f;
        });
      // Wait for the new phase to be drawn (this machine may be slow), then sample the running
      // transition at fixed points of its timeline: the animations are paused and seeked, so a
      // loaded CPU cannot skip the frames in between.
      const t0 = performance.now();
      let anims: Animation[] = [];
      while (performance.now() - t0 < ms) {
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        record();
        anims = svg.getAnimations({ subtree: true });
        if (anims.length) break;
      }
      const running = anims.length;
      for (const frac of [0.2, 0.4, 0.6, 0.8]) {
        for (const a of anims) {
          a.pause();
          a.currentTime = frac * Number(a.effect?.getComputedTiming().endTime ?? 0);
        }
        record();
      }
      for (const a of anims) a.finish();
      const after: Record<string, Rect> = {};
      svg.querySelectorAll('[data-key]').forEach((el) => (after[(el as HTMLElement).dataset.key!] = rect(el)));
      return { before, frames, from, after, running };
    },
    { ms, click },
  );
}

type Sample = Awaited<ReturnType<typeof sampleTransition>>;

/** Keys whose sampled frames show geometry strictly between where they started and where they ended. */
function inBetween(s: Sample): string[] {
  const out: string[] = [];
  for (const [k, end] of Object.entries(s.after)) {
    const start = s.before[k] ?? (s.from[k] ? s.before[s.from[k]!] : undefined);
    const frames = s.frames[k] ?? [];
    const between = (a: number, b: number, v: number): boolean =>
      Math.abs(a - b) > 4 && v > Math.min(a, b) + 1 && v < Math.max(a, b) - 1;
    const hit = frames.some((f) =>
      start
        ? between(start.x, end.x, f.x) ||
          between(start.y, end.y, f.y) ||
          between(start.w, end.w, f.w) ||
          between(start.h, end.h, f.h)
        : // growing from nothing: a frame with part of its final size
          (end.w > 6 && f.w > 1 && f.w < end.w - 2 && Math.abs(f.h - end.h) < 1) ||
          (end.h > 6 && f.h > 1 && f.h < end.h - 2 && Math.abs(f.w - end.w) < 1),
    );
    if (hit) out.push(k);
  }
  return out;
}

/** What moves in each phase (key prefixes of the stage layout). */
const MOVERS: Record<string, RegExp> = {
  rnn: /^(h-\d+|gin-|in-)/,
  scores: /^(bar-\d|q-)/,
  softmax: /^bar-\d/,
  context: /^w-\d/,
  concat: /^cat-\d/,
  attentional: /^att$/,
  output: /^(topk-bar-|out-)/,
  // step 0
  embed: /^x-\d/,
  fwd: /^fwd-\d/,
  bwd: /^bwd-\d/,
  bridge: /^bridge-/,
};

test.describe('desktop 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('step 0 and step 3: the stage stands still, fits its box, every transition moves its pieces; linked colour; reduced motion', async ({
    page,
  }, testInfo) => {
    // one page load for what were three tests (CI time): the sum of their limits
    test.setTimeout(360_000);
    await open(page, '?backend=wasm&model=luong-general');
    await translate(page, SENTENCE);
    await expect(page.getByTestId('source-token')).toHaveCount(20);
    const stage = page.getByTestId('stage');
    await stage.scrollIntoViewIfNeeded();
    const pagePos = () =>
      stage.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height };
      });
    const still = async (home: { x: number; y: number; w: number; h: number }, what: string): Promise<void> => {
      const pos = await pagePos();
      expect(Math.abs(pos.x - home.x), `${what}: x`).toBeLessThanOrEqual(2);
      expect(Math.abs(pos.y - home.y), `${what}: y`).toBeLessThanOrEqual(2);
      expect(pos.w, `${what}: width`).toBe(home.w);
      expect(pos.h, `${what}: height`).toBe(home.h);
    };
    const home = await pagePos();

    // step 0, the encoder: opened above the same stage, each of its phases moves its pieces
    let s = await sampleTransition(page, 3000, 'encoder-step');
    await expect(stage).toHaveAttribute('data-step', '0');
    await expect(stage).toHaveAttribute('data-phase', 'embed');
    expect(inBetween(s).filter((k) => MOVERS.embed!.test(k)).length, 'embed: embeddings seen growing').toBeGreaterThan(0);
    await still(home, 'step 0');
    await shoot(page, testInfo, 'anim-step0-1-embed');
    for (const [i, phase] of (['fwd', 'bwd', 'bridge'] as const).entries()) {
      s = await sampleTransition(page, 3000, 'encoder-next');
      await expect(stage).toHaveAttribute('data-phase', phase);
      expect(inBetween(s).filter((k) => MOVERS[phase]!.test(k)).length, `${phase}: pieces seen mid-move`).toBeGreaterThan(0);
      await still(home, phase);
      await shoot(page, testInfo, `anim-step0-${i + 2}-${phase}`);
    }
    // the halves of each annotation are the GRUs' states; s_0 is what step 1 starts from
    const h0 = (await page.getByTestId('strip-bridge').getAttribute('data-values'))!;
    await page.getByTestId('encoder-next').click();
    await expect(stage).toHaveAttribute('data-step', '1');
    await expect(page.getByTestId('strip-prev')).toHaveAttribute('data-values', h0);

    await toStep3(page);
    const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')!));
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i]!;
      if (i > 0) {
        s = await sampleTransition(page);
        await expect(stage).toHaveAttribute('data-phase', phase);
        const moved = inBetween(s).filter((k) => MOVERS[phase]!.test(k));
        expect(moved.length, `${phase}: pieces seen mid-move (of ${Object.keys(s.after).length})`).toBeGreaterThan(0);
      }
      await still(home, phase);
      // it fits its box: no sideways scroll anywhere
      const fit = await page.getByTestId('step-picture').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
      expect(fit.sw).toBeLessThanOrEqual(fit.cw);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await shoot(page, testInfo, `anim-step3-${i + 1}-${phase}`);
    }
    // output phase: every column and the whole top-k list in the viewport and in every scrolling box around it
    await expect(stage).toHaveAttribute('data-phase', 'output');
    const inside = await page.getByTestId('topk').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const bad: string[] = [];
      if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) bad.push('viewport');
      for (let p = el.parentElement; p; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(cs.overflowX + cs.overflowY)) {
          const b = p.getBoundingClientRect();
          if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5)
            bad.push(p.className);
        }
      }
      return bad;
    });
    expect(inside).toEqual([]);
    const tokens = page.getByTestId('stage-token');
    await expect(tokens).toHaveCount(20);
    const pic = await page.getByTestId('step-picture').boundingBox();
    for (const b of await tokens.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
      expect(b).toBeLessThanOrEqual(pic!.x + pic!.width);

    // output → the next step: h_3 slides into h_{t−1}, the chosen word into the next input
    const next = await sampleTransition(page);
    await expect(stage).toHaveAttribute('data-step', '4');
    expect(inBetween(next).filter((k) => MOVERS.rnn!.test(k)).length).toBeGreaterThan(0);
    // step 4 has not written its word yet: its heatmap row is still to come, step 3's is there
    const row = (r: number) => page.locator(`[data-testid="heatmap"] rect[data-row="${r}"][data-revealed="true"]`);
    await expect(row(2)).toHaveCount(20);
    await expect(row(3)).toHaveCount(0);

    // playing: the stage does not move either
    await page.getByTestId('step-picture').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'true');
    const t0 = Date.now();
    while (Date.now() - t0 < 2500) {
      await still(home, 'while playing');
      await page.waitForTimeout(150);
    }
    await page.keyboard.press('Space');

    // a heatmap cell opens its step at the softmax phase, with the stage in sight and the row shown
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid="heatmap"] rect[data-row="4"][data-col="2"]').click();
    await expect(stage).toHaveAttribute('data-step', '5');
    await expect(stage).toHaveAttribute('data-phase', 'softmax');
    await expect(row(4)).toHaveCount(20);
    await expect(stage).toBeInViewport({ ratio: 0.5 });

    // linked colour: the α term has the colour of the bars' caption; hovering it marks the bars
    const term = page.locator('[data-testid="formula-tex"] .tm-src').first();
    await term.scrollIntoViewIfNeeded();
    const colours = await page.evaluate(() => {
      const t = document.querySelector('[data-testid="formula-tex"] .tm-src')!;
      const cap = document.querySelector('[data-testid="score-bars"] .bars__caption')!;
      return { term: getComputedStyle(t).color, picture: getComputedStyle(cap).fill };
    });
    expect(colours.term).toBe(colours.picture);
    await expect(page.locator('[data-testid="stage"] .is-linked')).toHaveCount(0);
    await term.hover();
    await expect(page.locator('[data-testid="score-bars"].is-linked')).toHaveCount(1);
    await expect(page.getByTestId('formula')).toHaveAttribute('data-active', /\bsrc\b/);
    await page.mouse.move(0, 0);
    await expect(page.locator('[data-testid="stage"] .is-linked')).toHaveCount(0);

    // with reduced motion (the system setting changes while the page is open), nothing is ever caught between two phases
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.getByTestId('step-panel')).toHaveAttribute('data-reduced-motion', 'true');
    await toStep3(page);
    for (let i = 1; i < phases.length; i++) {
      s = await sampleTransition(page, 1500);
      await expect(stage).toHaveAttribute('data-phase', phases[i]!);
      expect(s.running, `${phases[i]}: animations`).toBe(0);
      expect(inBetween(s), phases[i]).toEqual([]);
    }
    s = await sampleTransition(page, 1500, 'encoder-step');
    await expect(stage).toHaveAttribute('data-step', '0');
    expect(s.running, 'step 0: animations').toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(page.getByTestId('step-panel')).toHaveAttribute('data-reduced-motion', 'false');
  });
});

test.describe('video', () => {
  test.use({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });

  test('a step downloads as a valid WebM of at least a second', async ({ page }) => {
    await open(page, '?backend=wasm&model=luong-general');
    await translate(page, 'I am a student.');
    await page.getByTestId('step-chip').nth(1).click();
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('export-step-webm').click(),
    ]);
    expect(dl.suggestedFilename()).toBe('step-luong-general-i-am-a-student-t2.webm');
    const bytes = await (await import('node:fs/promises')).readFile((await dl.path())!);
    // EBML magic, and a WebM doc type
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(bytes.subarray(0, 64).includes(Buffer.from('webm'))).toBe(true);
    expect(bytes.length).toBeGreaterThan(5_000);
    // the browser plays it (in a blank page: the app's own policy allows no media): its duration
    // (found by seeking to the end of a recorded stream) is ≥ 1 s
    const blank = await page.context().newPage();
    const duration = await blank.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' });
      const v = document.createElement('video');
      v.muted = true;
      v.src = URL.createObjectURL(blob);
      await new Promise((r, j) => {
        v.onloadedmetadata = r;
        v.onerror = () => j(new Error('the video does not load'));
      });
      if (!Number.isFinite(v.duration)) {
        v.currentTime = 1e7;
        await new Promise((r) => (v.ontimeupdate = r));
      }
      return v.duration;
    }, bytes.toString('base64'));
    await blank.close();
    expect(duration).toBeGreaterThanOrEqual(1);
    // the cursor went through the step's phases and ended on its last
    await expect(page.getByTestId('stage')).toHaveAttribute('data-step', '2');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', 'output');
  });
});

test.describe('phone 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no sideways scroll, and each phase shows its result', async ({ page }, testInfo) => {
    await open(page, '?backend=wasm&model=luong-general');
    await translate(page, SENTENCE);
    await toStep3(page);
    await expect(page.getByTestId('stage')).toHaveAttribute('data-layout', 'tall');
    const result: Record<string, string> = {
      rnn: 'strip-state',
      scores: 'score-bars',
      softmax: 'score-bars',
      context: 'strip-context',
      concat: 'strip-concat',
      attentional: 'strip-attentional',
      output: 'topk',
    };
    const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')!));
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i]!;
      if (i > 0) await page.getByTestId('next-phase').click();
      await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', phase);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const el = page.getByTestId(result[phase]!).first();
      await el.scrollIntoViewIfNeeded();
      await expect(el).toBeInViewport();
      const b = await el.boundingBox();
      expect(b!.x).toBeGreaterThanOrEqual(0);
      expect(b!.x + b!.width).toBeLessThanOrEqual(390);
      await shoot(page, testInfo, `anim-phone-${i + 1}-${phase}`);
    }
  });
});
