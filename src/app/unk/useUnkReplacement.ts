/** The shown decode with its unknown words replaced through attention (null while off, computing, or for a what-if decode). */
import { useEffect, useState } from 'react';
import { UNK_TOKEN, type UnkReplaced } from '../../model/unkReplace';
import type { Engine, TranslationResult } from '../engine';
import { fetchUnkDictionary } from './unkDictionary';

/** Replacement of `result`'s `<unk>`s with `pair`'s dictionary (or copies), when `on`. */
export function useUnkReplacement(
  engine: Engine,
  result: TranslationResult | null,
  label: string,
  pair: string,
  on: boolean,
): (UnkReplaced & { text: string; of: TranslationResult }) | null {
  const [out, setOut] = useState<(UnkReplaced & { text: string; of: TranslationResult }) | null>(null);
  useEffect(() => {
    if (!on || !result || !result.trace.outputTokens.includes(UNK_TOKEN)) return;
    let cancelled = false;
    void fetchUnkDictionary(pair)
      .then((dict) => engine.replaceUnknowns(result, label, dict))
      .then((r) => !cancelled && setOut({ ...r, of: result }))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [engine, result, label, pair, on]);
  return on && out && out.of === result ? out : null;
}
