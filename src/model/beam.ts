/**
 * Beam search over one sentence: the k live hypotheses run as one batch of k rows through the
 * same decoder step, and each step reads back one packed tensor (top 2k candidates, their
 * parents, and the rows' attention weights). Finished hypotheses (ending in `</s>`) are set
 * aside; the search stops when k have finished or at the length limit. Ranking uses
 * score = log p / length^α (α = 0 turns length normalisation off).
 */
import * as tf from '@tensorflow/tfjs-core';
import { tidyObject } from './tidy';
import { decoderStep, outputLogits, projectWord, type DecoderState } from './decoder';
import { finishText, startDecode, TensorScope } from './greedy';
import type { Seq2SeqModel } from './model';
import { param } from './params';
import { EOS, BOS } from './vocab';

/** Options of {@link beamSearch}. */
export interface BeamOptions {
  /** beam width k, 1..10 (default 5) */
  k?: number;
  /** length-normalisation exponent α (default 1; 0 = raw log-probability) */
  alpha?: number;
  /** output length limit (default: the model's maxTgtLen) */
  maxLen?: number;
}

/** One node of the hypothesis tree. */
export interface BeamNode {
  /** unique id within the search */
  id: number;
  /** id of the node this one extends (−1 for the root `<s>`) */
  parent: number;
  /** decoder step (1-based) that produced the token */
  t: number;
  tokenId: number;
  token: string;
  /** log p of this token given its prefix */
  tokenLogp: number;
  /** cumulative log-probability of the prefix up to and including this token */
  logp: number;
  /** length-normalised score logp / t^α */
  score: number;
  /** true if the token is `</s>` */
  finished: boolean;
  /** true if the node stayed in the beam (is live or finished), false if it was pruned */
  kept: boolean;
  /** attention weights α of the step that produced this token [S] (empty for the baseline) */
  weights: number[];
}

/** A finished (or, at the length limit, still live) hypothesis. */
export interface BeamHypothesis {
  /** id of its last node */
  nodeId: number;
  ids: number[];
  tokens: string[];
  text: string;
  logp: number;
  score: number;
}

/** Everything the search did, for the tree picture and for evaluation. */
export interface BeamResult {
  k: number;
  alpha: number;
  sourceTokens: string[];
  /** every candidate that was considered at each step: kept (live/finished) and pruned */
  nodes: BeamNode[];
  /** ids of the nodes in the beam after each step */
  beams: number[][];
  /** finished hypotheses, best first */
  hypotheses: BeamHypothesis[];
}

/** Runs beam search for one sentence. No tensor escapes. */
export async function beamSearch(model: Seq2SeqModel, text: string, opts: BeamOptions = {}): Promise<BeamResult> {
  const k = Math.max(1, Math.min(10, Math.floor(opts.k ?? 5)));
  const alpha = opts.alpha ?? 1;
  const maxLen = opts.maxLen ?? model.cfg.maxTgtLen;
  const norm = (logp: number, len: number): number => logp / Math.pow(len, alpha);
  const scope = new TensorScope();
  try {
    const started = await startDecode(model, text, scope, k);
    const { ctx } = started;
    const S = started.encoder.ids.length;
    const V = model.cfg.tgtVocabSize;
    const hasAttention = model.cfg.attention !== 'none';
    const nodes: BeamNode[] = [{ id: 0, parent: -1, t: 0, tokenId: BOS, token: model.tgt.token(BOS), tokenLogp: 0, logp: 0, score: 0, finished: false, kept: true, weights: [] }];
    const beams: number[][] = [];
    const finished: BeamNode[] = [];
    // Live rows: the node each batch row continues. Rows beyond the live count repeat row 0 with −∞.
    let live: BeamNode[] = [nodes[0]!];
    let state: DecoderState = started.state;
    for (let t = 1; t <= maxLen && live.length > 0 && finished.length < k; t++) {
      const rows = Array.from({ length: k }, (_, i) => live[i] ?? live[0]!);
      const rowLogp = Array.from({ length: k }, (_, i) => (i < live.length ? live[i]!.logp : -Infinity));
      const prevState = state;
      const { packed, next } = tidyObject(() => {
        const yEmb = tf.gather(param(model.params, 'tgt/emb'), rows.map((n) => n.tokenId)) as tf.Tensor2D; // [k, E]
        const out = decoderStep(ctx, prevState, projectWord(model.params, yEmb), yEmb);
        const logp = tf.logSoftmax(outputLogits(model.params, out.readout)); // [k, V]
        const total = tf.add(logp, tf.tensor2d(rowLogp, [k, 1])); // [k, V]
        const top = tf.topk(tf.reshape(total, [k * V]), 2 * k); // [2k]
        const tokLogp = tf.gather(tf.reshape(logp, [k * V]), top.indices); // [2k]
        const parts: tf.Tensor[] = [top.values, tf.cast(top.indices, 'float32'), tokLogp];
        if (hasAttention) parts.push(tf.reshape(out.weights!, [k * S]));
        const nx = { h: scope.keep(out.state.h), feed: scope.keep(out.state.feed) };
        return { packed: tf.concat(parts), next: nx }; // [2k + 2k + 2k (+ kS)]
      });
      const vals = await packed.data();
      packed.dispose();
      const nextLive: BeamNode[] = [];
      const parents: number[] = [];
      const kept = new Set<number>();
      for (let c = 0; c < 2 * k; c++) {
        const total = vals[c]!;
        if (!Number.isFinite(total)) continue;
        const flat = vals[2 * k + c]!;
        const row = Math.floor(flat / V);
        const tokenId = flat - row * V;
        const parent = rows[row]!;
        const w = hasAttention ? Array.from(vals.subarray(6 * k + row * S, 6 * k + (row + 1) * S)) : [];
        const node: BeamNode = {
          id: nodes.length, parent: parent.id, t, tokenId, token: model.tgt.token(tokenId),
          tokenLogp: vals[4 * k + c]!, logp: total, score: norm(total, t), finished: tokenId === EOS, kept: false, weights: w,
        };
        nodes.push(node);
        if (nextLive.length >= k && finished.length >= k) continue;
        if (node.finished) {
          // As fairseq: only an end-of-sentence candidate ranked within the top k finishes a
          // hypothesis (the extra k candidates only refill the live beam), so k = 1 is greedy;
          // at the length limit, when nothing can continue, any of the 2k may finish.
          if ((c < k || t === maxLen) && finished.length < k) {
            node.kept = true;
            finished.push(node);
          }
        } else if (nextLive.length < k) {
          node.kept = true;
          nextLive.push(node);
          parents.push(row);
        }
        if (node.kept) kept.add(node.id);
      }
      beams.push([...kept]);
      live = nextLive;
      if (live.length > 0) {
        const idx = Array.from({ length: k }, (_, i) => parents[i] ?? parents[0]!);
        state = tidyObject(() => ({
          h: scope.keep(tf.gather(next.h, idx) as tf.Tensor2D), // [k, H]
          feed: scope.keep(tf.gather(next.feed, idx) as tf.Tensor2D), // [k, H]
        }));
      }
    }
    // At the length limit, unfinished hypotheses compete too.
    const candidates = finished.length > 0 ? finished : live;
    const path = (n: BeamNode): number[] => {
      const ids: number[] = [];
      for (let c: BeamNode | undefined = n; c && c.parent >= 0; c = nodes[c.parent]) ids.unshift(c.tokenId);
      return ids;
    };
    const hypotheses = candidates
      .map((n) => {
        const ids = path(n);
        const fin = finishText(model, ids);
        return { nodeId: n.id, ids, tokens: fin.tokens, text: fin.text, logp: n.logp, score: n.score };
      })
      .sort((a, b) => b.score - a.score);
    return { k, alpha, sourceTokens: started.encoder.tokens, nodes, beams, hypotheses };
  } finally {
    scope.dispose();
  }
}
