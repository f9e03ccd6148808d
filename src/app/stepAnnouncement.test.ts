import { describe, expect, it } from 'vitest';
import type { DecodeTrace, StepTrace } from '../model/trace';
import { en } from '../ui/strings';
import { ko } from '../ui/strings.ko';
import { ANNOTATIONS, STEP, TOKENS } from '../viz/testStep';
import { initPlayback, playbackReducer, type PlaybackAction, type PlaybackState } from './playback';
import { encoderAnnouncement, stepAnnouncement } from './stepAnnouncement';

const L = en.a11y.announce;

function step(over: Partial<StepTrace>): StepTrace {
  return {
    ...STEP,
    inputId: 1,
    topK: [...STEP.topK] as StepTrace['topK'],
    chosen: STEP.chosen as StepTrace['chosen'],
    ...over,
  } as StepTrace;
}

/** Two steps over "i am </s>": "je" (most attention on "i"), then "suis" forced (most on "am"). */
const TRACE: DecodeTrace = {
  attention: 'general',
  encoder: {
    tokens: TOKENS,
    ids: [1, 2, 3],
    unknown: [false, false, false],
    annotations: ANNOTATIONS,
    bridge: [0, 0, 0, 0],
    truncated: false,
  },
  steps: [
    step({}),
    step({
      t: 2,
      input: 'je',
      scores: [0.1, 3.5, -1],
      weights: [0.1, 0.85, 0.05],
      topK: [
        { id: 5, token: 'suis', p: 0.6 },
        { id: 6, token: 'ai', p: 0.3 },
      ],
      chosen: { id: 6, token: 'ai', p: 0.3 },
      forced: true,
    }),
  ],
  outputTokens: ['je', 'ai'],
  translation: 'Je ai',
  hitMaxLength: false,
};

const at = (...actions: PlaybackAction[]): PlaybackState => actions.reduce(playbackReducer, initPlayback('general', 2));
const say = (s: PlaybackState, trace = TRACE): string => stepAnnouncement(trace, s, `<${s.phases[s.phase]}>`, L);

describe('step announcements (the live line of the step view)', () => {
  it('say what each phase of a step shows, with the trace’s numbers', () => {
    expect(say(at())).toBe('Step 1 of 2, <rnn>: the decoder reads “<s>” and updates its state.');
    expect(say(at({ type: 'nextPhase' }))).toBe('Step 1 of 2, <scores>: raw scores, the highest for “i” (2.00).');
    expect(say(at({ type: 'jump', step: 0, phase: 2 }))).toBe('Step 1 of 2, <softmax>: weights, most attention on “i” (0.50).');
    expect(say(at({ type: 'jump', step: 0, phase: 3 }))).toBe(
      'Step 1 of 2, <context>: the context vector, mostly from “i” (0.50).',
    );
    expect(say(at({ type: 'jump', step: 0, phase: 6 }))).toBe('Step 1 of 2, <output>: writes “je” (p = 0.750).');
    expect(say(at({ type: 'jump', step: 1, phase: 2 }))).toBe('Step 2 of 2, <softmax>: weights, most attention on “am” (0.85).');
  });

  it('a forced word says so, with the model’s own top word', () => {
    expect(say(at({ type: 'last' }))).toBe(
      'Step 2 of 2, <output>: writes the forced word “ai” (p = 0.300; the model’s top word is “suis”).',
    );
  });

  it('while playing, one line per step (the same at every phase of a step), not one per phase', () => {
    const playing = at({ type: 'play' });
    const lines = new Set<string>();
    let s = playing;
    for (let i = 0; i < 7; i++) {
      lines.add(say(s));
      s = playbackReducer(s, { type: 'tick' });
    }
    expect([...lines]).toEqual(['Step 1 of 2: writes “je”, looking mostly at “i” (0.50).']);
    expect(say(s)).toBe('Step 2 of 2: writes “ai”, looking mostly at “am” (0.85).');
  });

  it('without attention there is no focus to name', () => {
    const none: DecodeTrace = { ...TRACE, attention: 'none', steps: TRACE.steps.map((s) => ({ ...s, scores: [], weights: [] })) };
    const s0 = initPlayback('none', 2);
    expect(stepAnnouncement(none, playbackReducer(s0, { type: 'nextPhase' }), 'fixed', L)).toBe(
      'Step 1 of 2, fixed: the same fixed context vector as at every step.',
    );
    expect(stepAnnouncement(none, playbackReducer(s0, { type: 'play' }), '', L)).toBe('Step 1 of 2: writes “je”.');
  });

  it('speaks Korean with the same numbers, and nothing for an empty trace', () => {
    expect(stepAnnouncement(TRACE, at({ type: 'jump', step: 1, phase: 2 }), '소프트맥스', ko.a11y.announce)).toContain(
      '“am” (0.85)',
    );
    expect(stepAnnouncement({ ...TRACE, steps: [] }, initPlayback('general', 0), '', L)).toBe('');
  });

  it('names the runner-up weights after the top one, from the trace', () => {
    const s = initPlayback('general', 2);
    const line = stepAnnouncement(TRACE, playbackReducer(s, { type: 'jump', step: 1, phase: 2 }), 'Softmax', L, en.step.summary);
    // step 2's weights: am 0.85, then i 0.10, </s> 0.05
    expect(line).toContain('“am” (0.85)');
    expect(line).toContain('Next: “i” 0.10, “</s>” 0.05.');
  });

  it('says what each phase of step 0 (the encoder) shows, with its numbers', () => {
    const A = en.step.encoderStep.announce;
    const enc = {
      ...TRACE.encoder,
      embeddings: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      bridge: [0.5, -0.75, 0.25, 0],
    };
    expect(encoderAnnouncement(enc, 'embed', A)).toBe(A.embed(3, 2));
    // →h at the last token is the first half of h̄_3 = [0.25, 0.5 | −0.75, 0.125]: largest 0.50
    expect(encoderAnnouncement(enc, 'fwd', A)).toBe(A.fwd('</s>', '0.50'));
    // ←h at the first token is the second half of h̄_1 = [0.5, −0.25 | 0.75, −1]: largest −1.00
    expect(encoderAnnouncement(enc, 'bwd', A)).toBe(A.bwd('i', '−1.00'));
    expect(encoderAnnouncement(enc, 'bridge', A)).toBe(A.bridge(3, 4, '−0.75'));
  });
});
