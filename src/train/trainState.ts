/**
 * The trainer's state on disk: parameters and both Adam optimizers written to a checkpoint (and the
 * compact resume pack), and read back for an exact resumption. The tensor names and encodings are
 * the checkpoint and pack formats that running trainings resume from: do not change them.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { TrainState } from '../model/trainStep';
import { readCheckpoint, readTensors, writeCheckpoint, type StoredTensor } from './checkpoint';

/** A checkpoint read back: its header (where training stands) and its tensors. */
export interface Checkpoint<H> {
  header: H;
  tensors: StoredTensor[];
}

/** Adam's running powers β₁ᵗ and β₂ᵗ: private fields of tfjs-core 4.22's AdamOptimizer. */
type AdamBetaPowers = { accBeta1?: tf.Variable; accBeta2?: tf.Variable };

/**
 * Adam's running powers β₁ᵗ, β₂ᵗ as checkpoint tensors (`beta-power:<key>:1|2`: their names do not
 * start with `<key>:`, so `setWeights` never sees them). tfjs keeps them as a float32 running
 * product but recomputes them as pow(β, t + 1) in `setWeights`, which differs in the last bits: without
 * them a resumed run drifts from the uninterrupted one by rounding. Empty if tfjs has no such fields.
 */
async function betaPowers(opt: tf.Optimizer, key: string): Promise<StoredTensor[]> {
  const { accBeta1, accBeta2 } = opt as unknown as AdamBetaPowers;
  if (!accBeta1 || !accBeta2) return [];
  return readTensors([
    { name: `beta-power:${key}:1`, tensor: accBeta1 },
    { name: `beta-power:${key}:2`, tensor: accBeta2 },
  ]);
}

/** Puts the running powers saved by {@link betaPowers} back (after `setWeights`); older checkpoints have none. */
function restoreBetaPowers(opt: tf.Optimizer, key: string, stored: StoredTensor[]): void {
  const powers = opt as unknown as AdamBetaPowers;
  for (const [i, v] of [powers.accBeta1, powers.accBeta2].entries()) {
    const t = stored.find((x) => x.name === `beta-power:${key}:${i + 1}`);
    if (!v || !t) continue;
    const value = tf.scalar(t.values[0]!);
    v.assign(value);
    value.dispose();
  }
}

/**
 * The checkpoint to resume from: `ckptFile`, else the resume pack (whose Adam first moments were
 * left out: rebuilt as zeros, in the order Adam's `setWeights` wants: [iter, m..., v...]), else null.
 */
export function readResumePoint<H>(
  ckptFile: string,
  packFile: string | undefined,
  log: (line: string) => void,
): Checkpoint<H> | null {
  const ck = readCheckpoint<H>(ckptFile);
  if (ck || !packFile) return ck;
  const pack = readCheckpoint<H>(packFile);
  if (!pack) return null;
  log(`no checkpoint at ${ckptFile}: resuming from the pack ${packFile} (Adam first moments restart at 0)`);
  const rebuilt = pack.tensors.filter((t) => t.name.startsWith('param:'));
  for (const key of ['opt', 'optA']) {
    const vs = pack.tensors.filter((t) => t.name.startsWith(`${key}:`) && t.name.endsWith('/v'));
    const ms = vs.map((t) => ({
      name: t.name.replace(/\/v$/, '/m'),
      shape: t.shape,
      values: new Float32Array(t.values.length),
    }));
    rebuilt.push(...pack.tensors.filter((t) => t.name === `${key}:iter`), ...ms, ...vs);
  }
  return { header: pack.header, tensors: rebuilt };
}

/**
 * Loads a checkpoint's parameters and optimizer state into `state`. Adam's iteration counter is the
 * global `step` (one update per step); taking it from the header also repairs checkpoints written
 * before the counter was stored as a float.
 */
export async function restoreTrainState(state: TrainState, ck: Checkpoint<unknown>, step: number): Promise<void> {
  const byName = new Map(ck.tensors.map((t) => [t.name, t]));
  for (const [name, v] of Object.entries(state.params)) {
    const t = byName.get(`param:${name}`);
    if (!t) throw new Error(`checkpoint lacks ${name}`);
    const value = tf.tensor(t.values, t.shape);
    v.assign(value);
    value.dispose();
  }
  for (const g of state.groups) {
    const prefix = `${g.key}:`;
    const optW = ck.tensors
      .filter((t) => t.name.startsWith(prefix))
      .map((t) => ({
        name: t.name.slice(prefix.length),
        tensor: t.name === `${prefix}iter` ? tf.scalar(step) : tf.tensor(t.values, t.shape),
      }));
    if (optW.length > 0) await g.opt.setWeights(optW); // copies them into new variables
    tf.dispose(optW.map((w) => w.tensor));
    restoreBetaPowers(g.opt, g.key, ck.tensors);
  }
}

/** The parameters' current values, by name. */
export async function paramValues(state: TrainState): Promise<StoredTensor[]> {
  return readTensors(Object.entries(state.params).map(([name, tensor]) => ({ name, tensor })));
}

/**
 * Writes the checkpoint (`param:*`, each optimizer's weights as `<key>:*`, Adam's running powers)
 * and, when `packFile` is given, the compact resume pack (no first moments, second moments bfloat16).
 */
export async function saveTrainState(state: TrainState, header: object, ckptFile: string, packFile?: string): Promise<void> {
  const p = (await paramValues(state)).map((t) => ({ ...t, name: `param:${t.name}` }));
  const ow: StoredTensor[] = [];
  for (const g of state.groups) {
    const w = await g.opt.getWeights();
    ow.push(
      ...(await readTensors(w.map((x) => ({ name: x.name, tensor: x.tensor })))).map((t) => ({
        ...t,
        name: `${g.key}:${t.name}`,
      })),
    );
    w.filter((x) => x.name === 'iter').forEach((x) => x.tensor.dispose()); // a fresh scalar; the rest are live variables
    ow.push(...(await betaPowers(g.opt, g.key)));
  }
  writeCheckpoint(ckptFile, header, [...p, ...ow]);
  if (packFile) {
    mkdirSync(path.dirname(packFile), { recursive: true });
    const packed = ow
      .filter((t) => !t.name.endsWith('/m'))
      .map((t) => (t.name.endsWith('/v') ? { ...t, encoding: 'bf16' as const } : t));
    writeCheckpoint(packFile, header, [...p, ...packed]);
  }
}
