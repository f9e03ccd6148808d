/**
 * Beam search over one sentence: the k live hypotheses run as one batch of k rows through the
 * same decoder step (the first step runs once: every row would still be `<s>`), and each step
 * reads back ONE packed tensor: the rows' output logits [k·V] and the attention weights [k·S].
 * The rest happens here in TypeScript: each row's logsumexp (`rowLogSumExp`: no softmax kernel,
 * whose broadcasting costs more than the whole output layer on the cpu backend) and the candidates
 * (`topOfRows`, no TopK kernel, so no second GPU→CPU read on WebGL): log p = logit − logsumexp of its row, plus the
 * row's prefix log-probability; the top 2k over all rows compete. Finished hypotheses
 * (ending in `</s>`) are set aside; the search stops when k have finished or at the length limit.
 * Ranking uses score = log p / length^α (α = 0 turns length normalisation off).
 */
import * as tf from '@tensorflow/tfjs-core';
import { BEAM_K_MAX, BEAM_K_MIN } from './beamWidth';
import { hasAttention } from './config';
import { finishText, startDecode } from './greedy';
import type { Seq2SeqModel } from './model';
import { lengthNorm } from './sequenceScore';
import { rowLogSumExp, topOfRows } from './topk';
import { EOS, BOS } from './vocab';

/** Options of {@link beamSearch}. */
export interface BeamOptions {
  /** beam width k, 1..10 (default 5) */
  k?: number;
  /** length-normalisation exponent α (default 1; 0 = raw log-probability) */
  alpha?: number;
  /** output length limit (default: {@link maxDecodeLen} of the model and the source) */
  maxLen?: number;
  /** stops the search between two steps (it then rejects with the signal's reason, leaving no tensor) */
  signal?: AbortSignal;
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
  const k = Math.max(BEAM_K_MIN, Math.min(BEAM_K_MAX, Math.floor(opts.k ?? 5)));
  const alpha = opts.alpha ?? 1;
  const started = await startDecode(model, text);
  const { decoding } = started;
  try {
    const S = started.encoder.ids.length;
    const V = model.cfg.tgtVocabSize;
    const maxLen = opts.maxLen ?? decoding.maxLen;
    const attention = hasAttention(model.cfg);
    const nodes: BeamNode[] = [
      {
        id: 0,
        parent: -1,
        t: 0,
        tokenId: BOS,
        token: model.tgt.token(BOS),
        tokenLogp: 0,
        logp: 0,
        score: 0,
        finished: false,
        kept: true,
        weights: [],
      },
    ];
    const beams: number[][] = [];
    const finished: BeamNode[] = [];
    // Live rows: the node each batch row continues. Rows beyond the live count repeat row 0 with −∞.
    let live: BeamNode[] = [nodes[0]!];
    // rows of the state each live hypothesis continues from (undefined: one row per hypothesis already)
    let parents: number[] | undefined;
    for (let t = 1; t <= maxLen && live.length > 0 && finished.length < k; t++) {
      opts.signal?.throwIfAborted();
      // Step 1: one row (the root); afterwards always k rows, so every step has the same shapes.
      const B = t === 1 ? 1 : k;
      if (t === 2) decoding.widen(k);
      const rows = Array.from({ length: B }, (_, i) => live[i] ?? live[0]!);
      const rowLogp = Array.from({ length: B }, (_, i) => (i < live.length ? live[i]!.logp : -Infinity));
      const vals = await decoding.step(
        rows.map((n) => n.tokenId),
        ({ out, logits }) => {
          const parts = [tf.reshape(logits, [B * V])]; // [B·V]
          if (attention) parts.push(tf.reshape(out.weights!, [B * S])); // [B·S]
          return parts.length > 1 ? tf.concat(parts) : parts[0]!; // [B·V (+ B·S)]
        },
        parents ? { rows: parents } : {},
      );
      // log p(token | prefix) = logit − logsumexp(row); candidates are ranked by the prefix's log p plus the token's
      const lse = rowLogSumExp(vals, B, V);
      const top = topOfRows(
        vals,
        B,
        V,
        rowLogp.map((lp, r) => lp - lse[r]!),
        2 * k,
      );
      const wAt = B * V;
      const nextLive: BeamNode[] = [];
      const nextParents: number[] = [];
      const kept = new Set<number>();
      for (let c = 0; c < top.index.length; c++) {
        const total = top.value[c]!;
        if (!Number.isFinite(total)) continue;
        const flat = top.index[c]!;
        const row = Math.floor(flat / V);
        const tokenId = flat - row * V;
        const parent = rows[row]!;
        const w = attention ? Array.from(vals.subarray(wAt + row * S, wAt + (row + 1) * S)) : [];
        const node: BeamNode = {
          id: nodes.length,
          parent: parent.id,
          t,
          tokenId,
          token: model.tgt.token(tokenId),
          tokenLogp: vals[flat]! - lse[row]!,
          logp: total,
          score: lengthNorm(total, t, alpha),
          finished: tokenId === EOS,
          kept: false,
          weights: w,
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
          nextParents.push(row);
        }
        if (node.kept) kept.add(node.id);
      }
      beams.push([...kept]);
      live = nextLive;
      // the next step's k rows: each live hypothesis's parent row (padding rows repeat the first)
      parents = Array.from({ length: k }, (_, i) => nextParents[i] ?? nextParents[0] ?? 0);
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
        const fin = finishText(model, ids, started.encoder.tokens, hypothesisWeights({ nodes }, n.id));
        return { nodeId: n.id, ids, tokens: fin.tokens, text: fin.text, logp: n.logp, score: n.score };
      })
      .sort((a, b) => b.score - a.score);
    return { k, alpha, sourceTokens: started.encoder.tokens, nodes, beams, hypotheses };
  } finally {
    decoding.dispose();
  }
}

/** The attention weights of each token of a beam hypothesis (its path from the root), in order [T][S]. */
export function hypothesisWeights(result: Pick<BeamResult, 'nodes'>, nodeId: number): number[][] {
  const out: number[][] = [];
  for (let n = result.nodes[nodeId]; n && n.parent >= 0; n = result.nodes[n.parent]) out.unshift(n.weights);
  return out;
}
