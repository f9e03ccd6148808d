/**
 * A task's data for one live run: vocabularies, a fixed held-out set (never trained on), 1–3 probe
 * examples from it whose alignments the view draws, and a seeded sampler of training batches.
 */
import type { BatchArrays } from '../model/loss';
import { BOS, EOS, SPECIALS, Vocab } from '../model/vocab';
import { mulberry32 } from '../train/rng';
import type { ToyExample, ToyTask } from './tasks';

/** How many held-out examples accuracy and held-out loss are measured on. */
export const HELD_OUT_SIZE = 100;

/** Data of one run. */
export interface ToyData {
  task: ToyTask;
  /** the slider's sequence length */
  length: number;
  srcVocab: Vocab;
  tgtVocab: Vocab;
  /** fixed held-out examples; the probes come first */
  heldOut: ToyExample[];
  /** the probe examples (the first `probes` of {@link heldOut}), of exactly `length` source tokens */
  probes: ToyExample[];
  /** the next training batch of `size` examples (seeded: the same seed gives the same batches) */
  nextBatch(size: number): BatchArrays;
}

const key = (e: ToyExample): string => e.src.join(' ');

/**
 * Draws the held-out set and probes from `seed` and returns a training sampler that skips every
 * held-out source (up to 50 redraws, for tasks with few distinct sources).
 */
export function makeToyData(task: ToyTask, length: number, seed: number, probes = 3): ToyData {
  const srcVocab = new Vocab([...SPECIALS, ...task.srcSymbols]);
  const tgtVocab = new Vocab([...SPECIALS, ...task.tgtSymbols]);
  const heldRand = mulberry32(seed * 7919 + 1);
  const probeList = Array.from({ length: Math.max(1, Math.min(3, probes)) }, () => task.sample(heldRand, length, true));
  const heldOut = [...probeList];
  while (heldOut.length < HELD_OUT_SIZE) heldOut.push(task.sample(heldRand, length));
  const held = new Set(heldOut.map(key));
  const rand = mulberry32(seed);
  const draw = (): ToyExample => {
    let e = task.sample(rand, length);
    for (let i = 0; i < 50 && held.has(key(e)); i++) e = task.sample(rand, length);
    return e;
  };
  return {
    task,
    length,
    srcVocab,
    tgtVocab,
    heldOut,
    probes: probeList,
    nextBatch: (size) => toBatch(Array.from({ length: size }, draw), srcVocab, tgtVocab),
  };
}

/** A padded batch as the loss reads it: source + `</s>`; decoder input `<s>` + target; output target + `</s>`. */
export function toBatch(examples: readonly ToyExample[], srcVocab: Vocab, tgtVocab: Vocab): BatchArrays {
  const B = examples.length;
  const S = Math.max(...examples.map((e) => e.src.length)) + 1;
  const T = Math.max(...examples.map((e) => e.tgt.length)) + 1;
  const src = new Int32Array(B * S);
  const tgtIn = new Int32Array(B * T);
  const tgtOut = new Int32Array(B * T);
  examples.forEach((e, b) => {
    const y = tgtVocab.encode(e.tgt);
    src.set([...srcVocab.encode(e.src), EOS], b * S);
    tgtIn.set([BOS, ...y], b * T);
    tgtOut.set([...y, EOS], b * T);
  });
  return { B, S, T, src, tgtIn, tgtOut };
}
