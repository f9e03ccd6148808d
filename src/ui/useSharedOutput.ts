/**
 * The compare view's shared output: every compared model teacher-forced on the same target words
 * (one model's own translation, or a reference the user typed), so that row t of every alignment is
 * the same output word. Runs the page's one teacher-forcing decode (Engine.forceReference, on the
 * one decode core) for each model in turn; a newer request supersedes an older one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ForcedRun } from '../app/engine';
import { errorDetail } from './errorText';
import { useLatest } from './useLatest';

/** What the shared output follows: a compared model's own translation, or a typed reference. */
export type AlignSource = { kind: 'model'; id: string } | { kind: 'reference'; text: string };

/** Forces a reference (a string to tokenize, or tokens as they are) on one model for one sentence. */
export type ForceFn = (id: string, name: string, sentence: string, reference: string | readonly string[]) => Promise<ForcedRun>;

/** Where the shared output stands. */
export type SharedOutput =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      /** the words every model was fed, `</s>` last (as the first model reads them) */
      tokens: string[];
      /** each model's forced decode, by model id */
      runs: Record<string, ForcedRun>;
      /** what the words were taken from */
      source: AlignSource;
    };

/** What to force: the sentence, the models, and the words (null: nothing to do yet). */
export interface SharedRequest {
  sentence: string;
  ids: readonly string[];
  source: AlignSource;
  /** the words: a model's output tokens (without `</s>`) or the typed reference */
  reference: string | readonly string[];
}

const keyOf = (r: SharedRequest | null): string =>
  r === null
    ? ''
    : JSON.stringify([r.sentence, r.ids, r.source, typeof r.reference === 'string' ? r.reference : [...r.reference]]);

/** Teacher-forces every model of `request` on its words whenever the request changes. */
export function useSharedOutput(request: SharedRequest | null, force: ForceFn, nameOf: (id: string) => string): SharedOutput {
  const [state, setState] = useState<SharedOutput>({ status: 'idle' });
  const req$ = useRef(0);
  const key = keyOf(request);
  const latest = useLatest({ request, force, nameOf });
  useEffect(() => {
    const { request: r, force: f, nameOf: name } = latest.current;
    const req = ++req$.current;
    if (r === null || r.ids.length === 0) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'running' });
    void (async () => {
      const runs: Record<string, ForcedRun> = {};
      for (const id of r.ids) {
        try {
          runs[id] = await f(id, name(id), r.sentence, r.reference);
        } catch (e) {
          if (req === req$.current) setState({ status: 'failed', message: errorDetail(e, name(id)) });
          return;
        }
        if (req !== req$.current) return;
      }
      const first = runs[r.ids[0]!]!;
      setState({ status: 'ready', tokens: first.tokens, runs, source: r.source });
    })();
  }, [key, latest]);
  return state;
}
