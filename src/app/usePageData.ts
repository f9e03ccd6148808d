/** Data the page fetches besides models: the precomputed first-screen example and the test-set examples. */
import { useEffect, useState } from 'react';
import type { ExamplesState } from '../ui/ForcingView';
import { fetchTestExamples } from './examples';
import { fetchPrecomputedExample, type PrecomputedExample } from './precomputed';

/** The precomputed example (null until fetched), and the test-set examples once `wantExamples` (fetched once). */
export function usePageData(wantExamples: boolean): { example: PrecomputedExample | null; examples: ExamplesState } {
  const [example, setExample] = useState<PrecomputedExample | null>(null);
  const [examples, setExamples] = useState<ExamplesState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void fetchPrecomputedExample().then((ex) => !cancelled && setExample(ex));
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (!wantExamples) return;
    let cancelled = false;
    fetchTestExamples()
      .then((list) => !cancelled && setExamples({ status: 'ready', examples: list }))
      .catch(() => !cancelled && setExamples({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [wantExamples]);
  return { example, examples };
}
