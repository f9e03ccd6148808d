import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { greedyDecode } from '../model/greedy';
import { tinyModel, useCpu } from '../model/testUtils';
import type { TranslationResult } from './engine';
import { TRACE_FORMAT, traceExport, traceJson } from './traceExport';

describe('trace export', () => {
  beforeAll(useCpu);

  it('holds the whole trace, exactly, with sentence, model, backend and app version', async () => {
    const trace = await greedyDecode(tinyModel('general', 5), 'a b c');
    const r: TranslationResult = { variant: 'tiny', text: 'a b c', trace, backend: 'cpu', ms: 12.345 };
    const now = new Date('2025-01-02T03:04:05Z');
    const back = JSON.parse(traceJson(traceExport(r, 'Tiny model', now)));
    expect(back.format).toBe(TRACE_FORMAT);
    expect(back.app).toEqual({ name: pkg.name, version: pkg.version });
    expect(back.exportedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(back.sentence).toBe('a b c');
    expect(back.model).toEqual({ id: 'tiny', name: 'Tiny model' });
    expect(back.backend).toBe('cpu');
    expect(back.decodeMs).toBe(12.3);
    expect(back.translation).toBe(trace.translation);
    expect(back.whatIf).toBeUndefined();
    // every number survives the round trip unchanged
    expect(back.trace).toEqual(JSON.parse(JSON.stringify(trace)));
    expect(back.trace.steps.map((s: { weights: number[] }) => s.weights)).toEqual(trace.steps.map((s) => s.weights));
  });

  it('records what-if manipulations', async () => {
    const trace = await greedyDecode(tinyModel('general', 5), 'a b', { force: [5] });
    const r: TranslationResult = {
      variant: 'tiny',
      text: 'a b',
      trace,
      backend: 'cpu',
      ms: 1,
      options: { force: [5], attention: undefined },
    };
    const back = JSON.parse(traceJson(traceExport(r, 'Tiny')));
    expect(back.whatIf.force).toEqual([5]);
  });
});
