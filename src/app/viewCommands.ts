/** The engine calls the beam, teacher-forcing and compare views make on the shown sentence (stable per sentence). */
import { useMemo } from 'react';
import type { Engine, LoadPhase, TranslationResult } from './engine';

/** Engine calls on `base` (the model's own decode of the shown sentence), for the views' props. */
export function useViewCommands(engine: Engine, base: TranslationResult | null, nameOf: (id: string) => string) {
  return useMemo(() => {
    const need = (): TranslationResult => {
      if (!base) throw new Error('nothing translated');
      return base;
    };
    return {
      runBeam: async (k: number, alpha: number, signal?: AbortSignal) => {
        const b = need();
        return engine.beam(b.variant, nameOf(b.variant), b.text, { k, alpha, signal });
      },
      inspect: async (ids: number[]) => {
        const b = need();
        return engine.translate(b.variant, nameOf(b.variant), b.text, { force: ids, maxLen: ids.length });
      },
      forceReference: async (reference: string) => {
        const b = need();
        return engine.forceReference(b.variant, nameOf(b.variant), b.text, reference);
      },
      compareLoad: (id: string, name: string, onPhase: (p: LoadPhase) => void) => engine.load(id, name, onPhase),
      compareTranslate: (id: string, name: string, sentence: string) => engine.translate(id, name, sentence),
      compareForce: (id: string, name: string, sentence: string, reference: string | readonly string[]) =>
        engine.forceReference(id, name, sentence, reference),
    };
  }, [engine, base, nameOf]);
}
