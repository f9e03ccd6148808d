/**
 * A model trained in the page as a model folder in the app's format (model.json, weights.bin,
 * vocab.json, card.json: what src/app/loadModel.ts and src/model/weights.ts read), and as the
 * in-memory `ModelFiles` the app's model registry can hold like a downloaded model.
 */
import type { ModelFiles } from '../app/loadModel';
import { MODEL_FORMAT } from '../model/checkModelFiles';
import { countParams } from '../model/params';
import { encodeWeights, type ModelJson, type VocabJson } from '../model/weights';
import type { AttentionKind } from '../model/config';
import type { LiveRun } from './liveRun';
import type { TaskId } from './tasks';

/** The trained model's files and its card. */
export interface ToyModelFolder {
  files: ModelFiles;
  /** the trainer's card fields that apply, plus the task */
  card: Record<string, unknown>;
}

/** Folder / variant name of a toy model, e.g. `learned-reverse-general`. */
export function toyVariantId(task: TaskId, attention: AttentionKind): string {
  return `learned-${task}-${attention}`;
}

/**
 * The language pair a toy model is listed under. The generated tasks (digits, dates) are no
 * language pair: each gets its own pseudo-pair `learned-<task>`, so the pair switch never mixes a
 * digit model into the en→fr list (whose examples, references and comparisons would not fit it).
 * The tiny translation task is real English → French and joins `en-fr`.
 */
export function toyPair(task: TaskId): string {
  return task === 'translate' ? 'en-fr' : `learned-${task}`;
}

/**
 * Reads the run's parameters (float32, unquantized: the toy models are small) and builds its files.
 * `backend` is recorded on the card.
 */
export async function toyModelFolder(run: LiveRun, backend: string): Promise<ToyModelFolder> {
  const model = run.model();
  const tensors = await Promise.all(
    Object.entries(model.params).map(async ([name, t]) => ({
      name,
      shape: t.shape,
      values: Float32Array.from(await t.data()),
    })),
  );
  const { specs, data } = encodeWeights(tensors, () => 'float32');
  const variant = toyVariantId(run.data.task.id, run.cfg.attention);
  const json: ModelJson = {
    format: MODEL_FORMAT,
    config: run.cfg,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  };
  const vocab: VocabJson = { src: [...run.data.srcVocab.tokens], tgt: [...run.data.tgtVocab.tokens], caseTable: {} };
  const last = run.evaluations.at(-1);
  const card: Record<string, unknown> = {
    variant,
    config: run.cfg,
    parameters: countParams(run.cfg),
    weightsBytes: data.byteLength,
    quantization: 'float32',
    vocab: { src: vocab.src.length, tgt: vocab.tgt.length },
    data: { task: run.data.task.id, length: run.data.length, heldOut: run.data.heldOut.length },
    training: {
      steps: run.step,
      batchSize: run.settings.batchSize,
      optimizer: `Adam lr ${run.settings.lr}, attention ×${run.settings.attLrScale}, clip ${run.settings.clipNorm}`,
      seed: run.settings.seed,
      backend: `tfjs-core in the browser (${backend})`,
    },
    ...(last ? { heldOutAccuracy: last.accuracy, heldOutLoss: last.heldOutLoss } : {}),
  };
  const weights = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  return { files: { variant, json, vocab, weights, verified: false }, card };
}

/** The folder's four files as named blobs, for download. */
export function folderBlobs(folder: ToyModelFolder): { name: string; blob: Blob }[] {
  const jsonBlob = (v: unknown): Blob => new Blob([JSON.stringify(v, null, 1)], { type: 'application/json' });
  return [
    { name: 'model.json', blob: jsonBlob(folder.files.json) },
    { name: 'weights.bin', blob: new Blob([folder.files.weights], { type: 'application/octet-stream' }) },
    { name: 'vocab.json', blob: jsonBlob(folder.files.vocab) },
    { name: 'card.json', blob: jsonBlob(folder.card) },
  ];
}
