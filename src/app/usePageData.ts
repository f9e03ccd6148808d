/** Data the page fetches besides models: the precomputed first-screen example and the test-set examples. */
import { useEffect, useState } from 'react';
import type { ExamplesState } from '../ui/ForcingView';
import { fetchTestExamples } from './examples';
import { fetchPrecomputedExample, precomputedExampleNow, type PrecomputedExample } from './precomputed';

/** The precomputed example (null until fetched), and `pair`'s test-set examples once `wantExamples` (fetched once per pair). */
export function usePageData(
  wantExamples: boolean,
  pair: string,
): { example: PrecomputedExample | null; examples: ExamplesState } {
  // (already downloaded, usually: the first script started it; then the first render shows it)
  const [example, setExample] = useState<PrecomputedExample | null>(() => precomputedExampleNow() ?? null);
  const [examples, setExamples] = useState<ExamplesState>({ status: 'loading' });
  useEffect(() => {
    // (the shared download: when it already finished, this sets the same example again, which React skips)
    let cancelled = false;
    void fetchPrecomputedExample().then((ex) => !cancelled && setExample(ex));
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (!wantExamples) return;
    let cancelled = false;
    setExamples({ status: 'loading' });
    fetchTestExamples(pair)
      .then((list) => !cancelled && setExamples({ status: 'ready', examples: list }))
      .catch(() => !cancelled && setExamples({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [wantExamples, pair]);
  return { example, examples };
}
