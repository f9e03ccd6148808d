/**
 * The step view as an animation (issue 15), on wasm with a 20-token sentence at step 3:
 * - a still stage: its page position stays put (±2 px) across every phase and while playing, it
 *   fits its box (no sideways scroll), and in the output phase the top-k list is wholly visible;
 * - motion: for every phase transition, frames sampled while it runs show the phase's moving
 *   elements between their start and end geometry; with reduced motion, no frame does;
 * - a heatmap cell opens its step at the softmax phase with the stage in view;
 * - a phone (390 × 844): no sideways page scroll, and the current phase's result is on screen;
 * - a step downloads as a WebM video (valid, ≥ 1 s).
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
 * Presses → inside the page and records every keyed stage element: its box before the press, on
 * each frame until the transition starts (at most `ms`), at four points of the transition's
 * timeline, after it, and its `data-from` origin.
 */
async function sampleTransition(page: Page, ms = 3000) {
  return page.evaluate(async (ms) => {
    const svg = document.querySelector('[data-testid="stage"] svg')!;
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const before: Record<string, Rect> = {};
    svg.querySelectorAll('[data-key]').forEach((el) => (before[(el as HTMLElement).dataset.key!] = rect(el)));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
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
  }, ms);
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
};

test.describe('desktop 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the stage stands still, fits its box, and every transition moves its pieces', async ({ page }, testInfo) => {
    await open(page, '?backend=wasm&model=luong-general');
    await translate(page, SENTENCE);
    await expect(page.getByTestId('source-token')).toHaveCount(20);
    await toStep3(page);
    const stage = page.getByTestId('stage');
    await stage.scrollIntoViewIfNeeded();
    const pagePos = () =>
      stage.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height };
      });
    const home = await pagePos();
    const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')!));
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i]!;
      if (i > 0) {
        const s = await sampleTransition(page);
        await expect(stage).toHaveAttribute('data-phase', phase);
        const moved = inBetween(s).filter((k) => MOVERS[phase]!.test(k));
        expect(moved.length, `${phase}: pieces seen mid-move (of ${Object.keys(s.after).length})`).toBeGreaterThan(0);
      }
      const pos = await pagePos();
      expect(Math.abs(pos.x - home.x), `${phase}: x`).toBeLessThanOrEqual(2);
      expect(Math.abs(pos.y - home.y), `${phase}: y`).toBeLessThanOrEqual(2);
      expect(pos.w).toBe(home.w);
      expect(pos.h).toBe(home.h);
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

    // playing: the stage does not move either
    await page.keyboard.press('Home');
    await page.getByTestId('step-picture').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'true');
    const t0 = Date.now();
    while (Date.now() - t0 < 3500) {
      const pos = await pagePos();
      expect(Math.abs(pos.y - home.y), 'while playing').toBeLessThanOrEqual(2);
      expect(pos.h).toBe(home.h);
      await page.waitForTimeout(120);
    }
    await page.keyboard.press('Space');

    // a heatmap cell opens its step at the softmax phase, with the stage in sight
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid="heatmap"] rect[data-row="4"][data-col="2"]').click();
    await expect(stage).toHaveAttribute('data-step', '5');
    await expect(stage).toHaveAttribute('data-phase', 'softmax');
    await expect(page.locator('[data-testid="heatmap"] rect[data-row="4"][data-revealed="true"]')).toHaveCount(20);
    await expect(stage).toBeInViewport({ ratio: 0.5 });
  });

  test('with reduced motion, nothing is ever caught between two phases', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '?backend=wasm&model=luong-general');
    await translate(page, SENTENCE);
    await toStep3(page);
    const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')!));
    for (let i = 1; i < phases.length; i++) {
      const s = await sampleTransition(page, 1500);
      await expect(page.getByTestId('stage')).toHaveAttribute('data-phase', phases[i]!);
      expect(s.running, `${phases[i]}: animations`).toBe(0);
      expect(inBetween(s), phases[i]).toEqual([]);
    }
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
