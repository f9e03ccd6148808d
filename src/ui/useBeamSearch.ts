/**
 * The beam view's search: runs beam search when the view is visible and k or α changed (debounced
 * while a slider moves), keeps only the latest answer, and reports the best finished hypothesis.
 */
import { useEffect, useRef, useState } from 'react';
import type { BeamRun } from '../app/engine';
import { errorText } from './errorText';
import type { BeamBest } from './ForcingView';
import { useLatest } from './useLatest';

/** How long a k or α change waits for the slider to settle before it searches, ms. */
export const BEAM_DEBOUNCE_MS = 300;

/** The state of the beam view's search: the latest finished run, whether one is in flight, its error. */
export interface BeamSearch {
  run: BeamRun | null;
  busy: boolean;
  /** the error of the latest search, already worded (null: none) */
  error: string | null;
}

/**
 * Searches with width `k` and length normalisation `alpha` while `active`; `onBest` hears the best
 * finished hypothesis of each search (null if none), `errorLine` words a failure. A search that is
 * no longer wanted (another k|α asked for, or the view closed) is given up through `runBeam`'s signal.
 */
export function useBeamSearch(
  k: number,
  alpha: number,
  active: boolean,
  runBeam: (k: number, alpha: number, signal?: AbortSignal) => Promise<BeamRun>,
  onBest: (best: BeamBest | null) => void,
  errorLine: (msg: string) => string,
): BeamSearch {
  const [run, setRun] = useState<BeamRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** counts searches the engine gave up (a new sentence was asked for): each one asks again */
  const [givenUp, setGivenUp] = useState(0);
  const req = useRef(0);
  /** the k|α of the search in flight, so that re-renders do not start it twice */
  const inflight = useRef<string | null>(null);
  /** gives up the search in flight (superseded by another k|α, or the view closed) */
  const abort = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      req.current++;
      abort.current?.abort();
    },
    [],
  );
  const runRef = useLatest(runBeam);
  const onBestRef = useLatest(onBest);
  const errorRef = useLatest(errorLine);
  const wanted = `${k}|${alpha}`;
  const done = run ? `${run.result.k}|${run.result.alpha}` : null;
  useEffect(() => {
    if (!active || wanted === done || wanted === inflight.current) return;
    const timer = window.setTimeout(
      () => {
        const r = ++req.current;
        inflight.current = wanted;
        setBusy(true);
        setError(null);
        abort.current?.abort();
        const ctrl = new AbortController();
        abort.current = ctrl;
        runRef
          .current(k, alpha, ctrl.signal)
          .then((out) => {
            if (r !== req.current) return;
            setRun(out);
            const best = out.result.hypotheses[0];
            onBestRef.current(best ? { text: best.text, k: out.result.k, alpha: out.result.alpha } : null);
          })
          .catch((e: unknown) => {
            if (r !== req.current) return;
            // given up by the engine for a new sentence: no error; ask again (after that translation,
            // which usually replaces this view with one for the new sentence first)
            if (e instanceof DOMException && e.name === 'AbortError') setGivenUp((n) => n + 1);
            else setError(errorRef.current(errorText(e)));
          })
          .finally(() => {
            if (r !== req.current) return;
            inflight.current = null;
            setBusy(false);
          });
      },
      done === null ? 0 : BEAM_DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [active, wanted, done, k, alpha, runRef, onBestRef, errorRef, givenUp]);
  return { run, busy, error };
}
