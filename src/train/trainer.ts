/**
 * The training loop (Node, wasm backend): teacher-forced NLL with Adam, gradient clipping,
 * a step learning-rate schedule, dev-BLEU model selection, periodic atomic checkpoints and exact
 * resumption (same batches, same order, same optimizer state).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { SingleBar } from 'cli-progress';
import { corpusBleu } from '../model/bleu';
import type { TrainingHistoryEntry } from '../model/card';
import { greedyBatch } from '../model/batchGreedy';
import { TRAIN_DEFAULTS, VARIANT_NAME, type AttentionKind, type ModelConfig } from '../model/config';
import { finishText } from '../model/greedy';
import type { Seq2SeqModel } from '../model/model';
import { countParams, initParams, type Params } from '../model/params';
import { createTrainState, disposeTrainState, learningRate, trainStep } from '../model/trainStep';
import { bleuText, buildCaseTable, tokenize } from '../model/tokenize';
import { languagesOf } from '../model/languages';
import { Vocab } from '../model/vocab';
import type { VocabJson } from '../model/weights';
import { writeCheckpoint } from './checkpoint';
import { countTokens, epochBatches, groupReferences, makeBatch, readDataFolder, toExamples } from './data';
import { mulberry32, shuffleInPlace } from './rng';
import { exportModel, type QuantPolicy } from './export';
import { trainCard } from './trainCard';
import { paramValues, readResumePoint, restoreTrainState, saveTrainState } from './trainState';

/** Everything that defines a training run. */
export interface TrainOptions {
  attention: AttentionKind;
  /** folder with train.tsv and dev.tsv */
  dataDir: string;
  /** where the best model (by dev BLEU) is exported */
  outDir: string;
  /** where checkpoints go */
  ckptDir: string;
  /**
   * a compact resume pack (parameters float32, Adam second moments bfloat16, no first moments:
   * ~20 MB) rewritten with every checkpoint, small enough to commit so that training can resume
   * in a fresh checkout; `--resume` uses it when `ckptDir` has no checkpoint
   */
  packFile?: string;
  epochs: number;
  batchSize: number;
  embDim: number;
  hidden: number;
  srcVocab: number;
  tgtVocab: number;
  /** longest training pair in tokens (either side) */
  maxLen: number;
  lr: number;
  /** epochs (fractions allowed) at which the learning rate is halved */
  lrDecayAt: number[];
  clipNorm: number;
  seed: number;
  resume: boolean;
  ckptMinutes: number;
  /** evaluate on dev every this many steps (and at each epoch end) */
  evalEvery: number;
  quant: QuantPolicy;
  /** use only the first N training pairs after shuffling (tests, smoke runs) */
  trainLimit?: number;
  /** evaluate on only the first N dev sources */
  devLimit?: number;
  /** stop (after a checkpoint) once this many minutes have run in this process */
  maxMinutes?: number;
  /** print a plain progress line every N steps when not on a TTY */
  logEvery: number;
  /**
   * learning-rate factor for the attention parameters (att/*). Adam moves every entry of W_a by
   * about lr per step, so a coherent update grows the bilinear score h_tᵀ W_a h̄_j by ~lr·H per
   * step: scores reached ±100 and the softmax froze on the last source position within one
   * epoch at lr 1e-3. A factor of 1/16 (= 1/√H) keeps the scores in a learnable range.
   */
  attLrScale?: number;
  /** the pair's languages, which pick the tokenization rules and are recorded in the config (absent: en→fr) */
  srcLang?: string;
  tgtLang?: string;
  /** how the card describes the training data (default: the Tatoeba folder it was read from) */
  dataNote?: string;
  /** append `</s>` to every source (default true) */
  srcEos?: boolean;
  /** stop (after a checkpoint) once the global step count reaches this (tests) */
  stopAtStep?: number;
  /** longest source the exported model accepts (default {@link TRAIN_DEFAULTS}.maxSrcLen) */
  maxSrcLen?: number;
  /** longest output the exported model produces (default {@link TRAIN_DEFAULTS}.maxTgtLen) */
  maxTgtLen?: number;
}

/** Checkpoint header: where training stands. */
interface Progress {
  epoch: number;
  batch: number;
  step: number;
  wallSeconds: number;
  targetTokens: number;
  bestDevBleu: number;
  bestStep: number;
  history: TrainingHistoryEntry[];
  options: TrainOptions;
}

/** Runs (or resumes) training; returns the best dev BLEU. */
export async function train(o: TrainOptions, log: (line: string) => void = console.log): Promise<number> {
  const variant = VARIANT_NAME[o.attention];
  const data = readDataFolder(o.dataDir); // every file checked before anything is written
  mkdirSync(o.ckptDir, { recursive: true });
  const ckptFile = path.join(o.ckptDir, 'last.ckpt');
  const bestFile = path.join(o.ckptDir, 'best.ckpt');
  let trainPairs = data.train;
  if (o.trainLimit) {
    trainPairs = shuffleInPlace([...trainPairs], mulberry32(o.seed)).slice(0, o.trainLimit);
  }
  const dev = groupReferences(data.dev).slice(0, o.devLimit ?? Infinity);

  const langs = languagesOf(o);
  const srcTok = trainPairs.map((p) => tokenize(p.src, langs.src));
  const tgtTok = trainPairs.map((p) => tokenize(p.tgt, langs.tgt));
  const keep = srcTok.map((s, i) => s.length <= o.maxLen && tgtTok[i]!.length <= o.maxLen);
  const srcVocab = Vocab.fromCounts(countTokens(srcTok.filter((_, i) => keep[i])), o.srcVocab);
  const tgtVocab = Vocab.fromCounts(countTokens(tgtTok.filter((_, i) => keep[i])), o.tgtVocab);
  const vocabJson: VocabJson = {
    src: [...srcVocab.tokens],
    tgt: [...tgtVocab.tokens],
    caseTable: buildCaseTable(
      trainPairs.map((p) => p.tgt),
      langs.tgt,
    ),
  };
  const examples = toExamples(trainPairs, srcVocab, tgtVocab, o.maxLen, o.srcEos !== false, langs);
  const cfg: ModelConfig = {
    attention: o.attention,
    embDim: o.embDim,
    hidden: o.hidden,
    srcVocabSize: srcVocab.size,
    tgtVocabSize: tgtVocab.size,
    maxSrcLen: o.maxSrcLen ?? TRAIN_DEFAULTS.maxSrcLen,
    maxTgtLen: o.maxTgtLen ?? TRAIN_DEFAULTS.maxTgtLen,
    ...(o.srcEos === false ? { srcEos: false } : {}),
    ...(o.srcLang || o.tgtLang ? { srcLang: langs.src, tgtLang: langs.tgt } : {}),
  };
  log(
    `${variant}: ${examples.length} training pairs (≤ ${o.maxLen} tokens), vocab ${srcVocab.size}/${tgtVocab.size}, ${countParams(cfg)} parameters`,
  );

  // Parameters and optimizers (attention parameters at lr·attLrScale), fresh or from the checkpoint.
  const state = createTrainState(initParams(cfg, o.seed), variant, o.lr, o.attLrScale ?? 1);
  const { params } = state;
  let prog: Progress = {
    epoch: 0,
    batch: 0,
    step: 0,
    wallSeconds: 0,
    targetTokens: 0,
    bestDevBleu: -1,
    bestStep: 0,
    history: [],
    options: o,
  };
  const ck = o.resume ? readResumePoint<Progress>(ckptFile, o.packFile, log) : null;
  if (o.resume && !ck) log(`no checkpoint at ${ckptFile}: starting fresh`);
  if (ck) {
    prog = ck.header;
    await restoreTrainState(state, ck, prog.step);
    log(`resumed at epoch ${prog.epoch}, batch ${prog.batch}, step ${prog.step} (best dev BLEU ${prog.bestDevBleu.toFixed(2)})`);
  }
  const saveCheckpoint = (): Promise<void> => saveTrainState(state, prog, ckptFile, o.packFile);
  const asModel = (): Seq2SeqModel => ({
    cfg,
    params: params as unknown as Params,
    src: srcVocab,
    tgt: tgtVocab,
    caseTable: vocabJson.caseTable,
  });
  const evaluate = async (loss: number): Promise<void> => {
    const t0 = Date.now();
    const model = asModel();
    // with the weights: German pronouns are cased as in eval and in the app
    const outs = await greedyBatch(
      model,
      dev.map((d) => d.src),
    );
    const hyps = outs.map((o) => finishText(model, o.ids, o.source, o.weights).text);
    const bleu = corpusBleu(
      hyps.map((h) => bleuText(h, langs.tgt)),
      dev.map((d) => d.refs.map((r) => bleuText(r, langs.tgt))),
      { smooth: 'none' },
    ).bleu;
    const epochF = prog.epoch + prog.batch / Math.max(1, nBatches);
    prog.history.push({
      step: prog.step,
      epoch: +epochF.toFixed(3),
      loss,
      devBleu: +bleu.toFixed(2),
      wallSeconds: Math.round(prog.wallSeconds),
    });
    const improved = bleu > prog.bestDevBleu;
    log(
      `dev BLEU ${bleu.toFixed(2)} at step ${prog.step} (epoch ${epochF.toFixed(2)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)${improved ? ' — best so far, exported' : ''}; e.g. "${dev[0]?.src}" → "${hyps[0]}"`,
    );
    if (!improved) return;
    prog.bestDevBleu = bleu;
    prog.bestStep = prog.step;
    const tensors = await paramValues(state);
    writeCheckpoint(bestFile, prog, tensors);
    const card = trainCard(o, cfg, variant, examples.length, { ...prog, epochs: epochF }, bleu);
    exportModel(o.outDir, cfg, tensors, vocabJson, o.quant, card);
  };

  let nBatches = 1;
  const started = Date.now();
  let lastCkpt = Date.now();
  let wallMark = Date.now();
  const tick = (): void => {
    const now = Date.now();
    prog.wallSeconds += (now - wallMark) / 1000;
    wallMark = now;
  };
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: `${variant} epoch {epoch} [{bar}] {value}/{total} loss {loss} | {tps} tok/s | lr {lr}` })
    : null;
  let stopped = false;
  for (; prog.epoch < o.epochs && !stopped; prog.epoch++, prog.batch = 0) {
    const batches = epochBatches(examples, o.batchSize, o.seed, prog.epoch);
    nBatches = batches.length;
    bar?.start(nBatches, prog.batch, { epoch: prog.epoch + 1, loss: '-', tps: '-', lr: '-' });
    let lossSum = 0;
    let lossN = 0;
    let tokWindow = 0;
    let winStart = Date.now();
    while (prog.batch < nBatches) {
      const b = makeBatch(examples, batches[prog.batch]!);
      const lr = learningRate(o, prog.epoch + prog.batch / nBatches);
      const lossT = trainStep(state, cfg, b, lr, o.clipNorm);
      const loss = (await lossT.data())[0]!;
      lossT.dispose();
      const ntok = b.tgtOut.reduce((s, y) => s + (y !== 0 ? 1 : 0), 0);
      prog.targetTokens += ntok;
      tokWindow += ntok;
      lossSum += loss;
      lossN += 1;
      prog.batch += 1;
      prog.step += 1;
      tick();
      const tps = Math.round(tokWindow / Math.max(1e-3, (Date.now() - winStart) / 1000));
      if (bar) bar.update(prog.batch, { loss: (lossSum / lossN).toFixed(3), tps, lr: lr.toExponential(1) });
      else if (prog.step % o.logEvery === 0) {
        log(
          `${variant} step ${prog.step} epoch ${(prog.epoch + prog.batch / nBatches).toFixed(3)} loss ${(lossSum / lossN).toFixed(3)} ${tps} tgt tok/s lr ${lr.toExponential(1)} tensors ${tf.memory().numTensors}`,
        );
        lossSum = 0;
        lossN = 0;
        tokWindow = 0;
        winStart = Date.now();
      }
      // (skipped when the epoch-end evaluation ran only a few steps ago)
      const lastEval = prog.history.at(-1)?.step ?? -Infinity;
      if (prog.step % o.evalEvery === 0 && prog.step - lastEval > o.evalEvery / 10)
        await evaluate(lossN ? lossSum / lossN : loss);
      const timeUp =
        (o.maxMinutes !== undefined && Date.now() - started > o.maxMinutes * 60_000) ||
        (o.stopAtStep !== undefined && prog.step >= o.stopAtStep);
      if (Date.now() - lastCkpt > o.ckptMinutes * 60_000 || timeUp) {
        tick();
        await saveCheckpoint();
        lastCkpt = Date.now();
        if (!bar) log(`checkpoint saved at step ${prog.step}`);
      }
      if (timeUp) {
        stopped = true;
        break;
      }
    }
    bar?.stop();
    if (!stopped) {
      await evaluate(lossN ? lossSum / lossN : NaN);
      prog.epoch += 1;
      prog.batch = 0;
      tick();
      await saveCheckpoint();
      prog.epoch -= 1; // the for-loop increments it again
      lastCkpt = Date.now();
    }
  }
  tick();
  if (!stopped) await saveCheckpoint();
  log(
    `${variant}: done at step ${prog.step}, ${(prog.wallSeconds / 60).toFixed(1)} min, best dev BLEU ${prog.bestDevBleu.toFixed(2)} at step ${prog.bestStep}`,
  );
  disposeTrainState(state);
  return prog.bestDevBleu;
}
