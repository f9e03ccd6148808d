/**
 * Every other architecture through the step view (Luong general has its own spec, steps.spec.ts),
 * each with its shipped, trained model; an architecture whose model is not shipped yet (not in
 * public/models/en-fr/index.json) runs a small random-weight model of it instead, built from the
 * project's own parameter shapes and served through routes, so the real page and the real model
 * code are still exercised. Checks the phase order of each architecture and that each phase's
 * picture carries the trace's numbers.
 */
import { VARIANT_NAME, type AttentionKind } from '../src/model/config';
import { makeTestModel, serveTestModels } from './testModels';
import { bars, encoderStrips, expect, open, press, SHIPPED_IDS, shoot, test, translate, values, watchPages } from './stepHelpers';

watchPages();

const ORDER: Record<string, string[]> = {
  dot: ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'],
  concat: ['rnn', 'scores', 'softmax', 'context', 'concat', 'attentional', 'output'],
  bahdanau: ['scores', 'softmax', 'context', 'rnn', 'concat', 'attentional', 'output'],
};

/** What the score formula of each variant must mention (as the code computes it). */
const SCORE_CODE: Record<string, RegExp> = {
  dot: /e = h_t · h̄ᵀ/,
  concat: /tanh\(h_t · W_q \+ keys\) · v_a/,
  bahdanau: /tanh\(s_\{t−1\} · W_q \+ keys\) · v_a/,
};

for (const kind of ['bahdanau', 'dot', 'concat'] as AttentionKind[]) {
  test(`${kind}: every phase of step 1 in the architecture's order, with the trace values`, async ({ page }, testInfo) => {
    // the shipped model where there is one, else a random-weight test model of the architecture
    const random = SHIPPED_IDS.includes(VARIANT_NAME[kind]) ? null : makeTestModel(kind);
    if (random) await serveTestModels(page, [random]);
    const model = { id: random?.id ?? VARIANT_NAME[kind] };
    await open(page, `?backend=wasm&model=${model.id}`);
    await expect(page.getByTestId('model-select')).toHaveValue(model.id);
    await translate(page, 'I am a student.');
    await expect(page.getByTestId('result')).toHaveAttribute('data-variant', model.id);

    const phases = await page.getByTestId('phase-pill').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')));
    expect(phases).toEqual(ORDER[kind]);
    const stage = page.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-kind', kind);
    const H = Number(await stage.getAttribute('data-h'));
    const S = await page.getByTestId('source-token').count();
    await page.mouse.move(0, 0);
    await page.getByTestId('step-picture').focus();

    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i]!;
      if (i > 0) await press(page, 'ArrowRight', 1, phase);
      await expect(page.getByTestId('formula')).toHaveAttribute('data-phase', phase);
      if (phase === 'scores') {
        await expect(page.getByTestId('formula-code')).toHaveText(SCORE_CODE[kind]!);
        // Luong scores with the new state h_t (already drawn); Bahdanau with s_{t-1}, before the RNN runs.
        await expect(page.getByTestId('strip-state')).toHaveCount(kind === 'bahdanau' ? 0 : 1);
        await expect(page.getByTestId('strip-prev')).toHaveClass(kind === 'bahdanau' ? /vstrip--active/ : /vstrip--faded/);
      }
      if (phase === 'softmax') {
        const b = await bars(page);
        expect(b).toHaveLength(S);
        const m = Math.max(...b.map((x) => x.score));
        const z = b.reduce((s, x) => s + Math.exp(x.score - m), 0);
        for (const x of b) expect(Math.abs(x.weight - Math.exp(x.score - m) / z)).toBeLessThanOrEqual(1e-4);
        expect(Math.abs(b.reduce((s, x) => s + x.weight, 0) - 1)).toBeLessThanOrEqual(1e-5);
      }
      if (phase === 'context') {
        const b = await bars(page);
        const enc = await encoderStrips(page);
        const c = await values(page.getByTestId('strip-context'));
        for (let d = 0; d < H; d += 7) {
          const expected = enc.reduce((s, h, j) => s + b[j]!.weight * h[d]!, 0);
          expect(Math.abs(c[d]! - expected), `c_t[${d}]`).toBeLessThanOrEqual(1e-3);
        }
      }
      if (phase === 'rnn') {
        // Bahdanau's GRU reads the context: the context strip is already there.
        await expect(page.getByTestId('strip-context')).toHaveCount(kind === 'bahdanau' ? 1 : 0);
        await expect(page.getByTestId('strip-state')).toHaveAttribute('data-n', String(H));
      }
      if (phase === 'concat') {
        await expect(page.getByTestId('strip-concat')).toHaveAttribute('data-parts', kind === 'bahdanau' ? '3' : '2');
        expect(await page.getByTestId('concat-part-context').getAttribute('data-values')).toBe(
          await page.getByTestId('strip-context').getAttribute('data-values'),
        );
        expect(await page.getByTestId('concat-part-state').getAttribute('data-values')).toBe(
          await page.getByTestId('strip-state').getAttribute('data-values'),
        );
        if (kind === 'bahdanau') {
          // E_y(y_{t-1}) from the trace: E (< H) real values, no placeholder; the concat holds 2H + E
          const emb = await values(page.getByTestId('concat-part-embedding'));
          expect(emb.length).toBeGreaterThan(0);
          expect(emb.length).toBeLessThan(H);
          expect(emb.every(Number.isFinite)).toBe(true);
          await expect(page.getByTestId('concat-part-embedding')).not.toHaveAttribute('data-placeholder', /.*/);
          await expect(page.getByTestId('strip-concat')).toHaveAttribute('data-n', String(2 * H + emb.length));
        }
      }
      if (phase === 'output') {
        const chosen = await page.locator('[data-testid="topk-row"][data-chosen="true"]').getAttribute('data-token');
        expect((await page.getByTestId('heatmap-row-label').first().textContent())?.trim()).toBe(chosen);
      }
      if (kind === 'bahdanau' || phase === 'scores') await shoot(page, testInfo, `${kind}-step1-${i + 1}-${phase}`);
    }
    // …and back to the first phase.
    for (let i = phases.length - 2; i >= 0; i--) await press(page, 'ArrowLeft', 1, phases[i]!);
  });
}
