/**
 * The real trainer command (scripts/train.ts through scripts/run.mjs's bundle) survives SIGKILL:
 * a tiny run on a temporary TSV is killed several times at random moments, and deliberately while
 * a checkpoint file is being written, and resumed with `--resume` each time. After every kill the
 * checkpoint (and the compact pack) still loads, the resumed process continues from the step that
 * checkpoint holds, and the run reaches its end with exactly the parameters of an uninterrupted run:
 * a checkpoint holds the parameters and Adam's moments bit for bit, and the batches of a step
 * depend only on the seed, the epoch and the batch index, so replaying from the last checkpoint
 * recomputes the lost steps identically.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleScript } from '../cli/cliRunner';
import { readCheckpoint } from './checkpoint';
import { mulberry32 } from './rng';
import { writeTinyCorpus } from './tinyCorpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** 80 pairs / batch 8 = 10 steps per epoch. */
const STEPS = 4 * 10;

interface Header {
  step: number;
  epoch: number;
  batch: number;
}

let tmp = '';
let bundle = '';
const children = new Set<ChildProcess>();

/** A run's folders (everything under the temporary directory: nothing of the checkout is written). */
function runDirs(tag: string): { out: string; ckpt: string; pack: string } {
  const root = path.join(tmp, tag);
  return { out: path.join(root, 'model'), ckpt: path.join(root, 'ckpt'), pack: path.join(root, 'state.pack.gz') };
}

/** Trainer arguments: a checkpoint after every step (`--ckpt-minutes 0`), H = 64 so a checkpoint is ~0.8 MB. */
function args(dirs: ReturnType<typeof runDirs>, resume: boolean): string[] {
  const a = ['--attention', 'general', '--data', tmp, '--out', dirs.out, '--ckpt', dirs.ckpt, '--pack', dirs.pack];
  a.push('--epochs', '4', '--batch', '8', '--emb', '32', '--hidden', '64', '--src-vocab', '40', '--tgt-vocab', '40');
  a.push('--max-len', '16', '--lr', '0.01', '--lr-decay-at', '2', '--seed', '3', '--ckpt-minutes', '0', '--eval-every', '15');
  a.push('--quant', 'float32', '--log-every', '1000', '--backend', 'wasm');
  return resume ? [...a, '--resume'] : a;
}

interface Run {
  child: ChildProcess;
  lines: string[];
  /** resolves when the process has ended */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** resolves with the step once the trainer logs "checkpoint saved at step ≥ n" */
  savedAtLeast: (n: number) => Promise<number>;
}

/** Starts the trainer as a child process, from the repository root (the wasm binaries are found there). */
function start(a: string[]): Run {
  const child = spawn(process.execPath, [bundle, ...a], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const lines: string[] = [];
  const waiters: { n: number; resolve: (s: number) => void }[] = [];
  let partial = '';
  const onData = (chunk: Buffer): void => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      const m = /^checkpoint saved at step (\d+)/.exec(line);
      if (m) for (const w of waiters.filter((x) => Number(m[1]) >= x.n)) w.resolve(Number(m[1]));
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', (c: Buffer) => lines.push(c.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const savedAtLeast = (n: number): Promise<number> => new Promise((resolve) => waiters.push({ n, resolve }));
  return { child, lines, done, savedAtLeast };
}

/** Kills `run` with SIGKILL as soon as a checkpoint's temporary file appears (a write in progress). */
function killWhenWriting(run: Run, dir: string): () => void {
  const w = watch(dir, (_event, name) => {
    if (name && name.endsWith('.tmp')) run.child.kill('SIGKILL');
  });
  return () => w.close();
}

const params = (file: string) => readCheckpoint<Header>(file)!.tensors.filter((t) => t.name.startsWith('param:'));

describe('trainer killed with SIGKILL', () => {
  // bundling takes ~0.4 s of CPU, but well over 10 s of wall time on a loaded machine
  beforeAll(() => {
    tmp = writeTinyCorpus('attn-kill-', 8);
    bundle = bundleScript('scripts/train.ts');
  }, 120_000);

  afterEach(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  it('resumes after every kill from a loadable checkpoint and ends with the uninterrupted run’s parameters', async () => {
    const seed = Date.now() % 1_000_000;
    const rand = mulberry32(seed);
    const why = `random seed ${seed}`;

    const full = runDirs('full');
    const fullRun = start(args(full, false));
    expect(await fullRun.done, fullRun.lines.join('\n')).toEqual({ code: 0, signal: null });
    expect(readCheckpoint<Header>(path.join(full.ckpt, 'last.ckpt'))!.header.step).toBe(STEPS);

    const dirs = runDirs('killed');
    const ckptFile = path.join(dirs.ckpt, 'last.ckpt');
    let lastStep: number | null = null; // the step of the checkpoint on disk after the previous kill
    const kills: string[] = [];
    let midWrite = 0;
    // Four kills at a random moment after a random step, then kills as soon as a checkpoint file is
    // opened until two of them landed before the file was complete (most do; at most 12 kills).
    for (let k = 0; k < 12 && (k < 4 || midWrite < 2); k++) {
      const run = start(args(dirs, k > 0));
      let stopWatch = (): void => {};
      if (k < 4) {
        const target = Math.min(STEPS - 2, (lastStep ?? 0) + 1 + Math.floor(rand() * 6));
        await Promise.race([run.savedAtLeast(target), run.done]);
        await new Promise((r) => setTimeout(r, Math.floor(rand() * 25))); // somewhere in the next step or write
        run.child.kill('SIGKILL');
      } else {
        await Promise.race([run.savedAtLeast((lastStep ?? 0) + 1), run.done]); // past start-up and resumption
        stopWatch = killWhenWriting(run, dirs.ckpt);
      }
      const end = await run.done;
      stopWatch();
      expect(end, `${why}; kill ${k}: the run must not end before the kill\n${run.lines.join('\n')}`).toEqual({
        code: null,
        signal: 'SIGKILL',
      });
      // The resumed process continued from the step the previous kill left on disk.
      if (k > 0) {
        const resumed = run.lines.find((l) => l.startsWith('resumed at') || l.startsWith('no checkpoint'));
        expect(resumed, why).toMatch(
          lastStep === null ? /^no checkpoint/ : new RegExp(`^resumed at epoch \\d+, batch \\d+, step ${lastStep} `),
        );
      }
      const tmpLeft = [ckptFile, dirs.pack].filter((f) => existsSync(`${f}.tmp`));
      if (tmpLeft.length > 0) midWrite += 1;
      // Whatever the moment, the checkpoint and the pack on disk load (the old or the new one, never half).
      const ck = readCheckpoint<Header>(ckptFile);
      const pack = readCheckpoint<Header>(dirs.pack);
      // (the pack is written after the checkpoint: a kill between the two leaves it one checkpoint behind)
      if (pack) expect(pack.header.step, why).toBeLessThanOrEqual(ck!.header.step);
      if (ck) {
        expect(ck.header.step, why).toBeGreaterThanOrEqual(lastStep ?? 0);
        expect(ck.header.step, why).toBe(ck.header.epoch * 10 + ck.header.batch);
      }
      lastStep = ck?.header.step ?? null;
      kills.push(
        `step ${lastStep}${tmpLeft.length > 0 ? ` (killed while writing ${tmpLeft.map((f) => path.basename(f)).join(', ')})` : ''}`,
      );
    }
    expect(midWrite, `${why}; kills: ${kills.join('; ')}`).toBeGreaterThanOrEqual(1);

    const last = start(args(dirs, true));
    expect(await last.done, last.lines.join('\n')).toEqual({ code: 0, signal: null });
    expect(
      last.lines.find((l) => l.startsWith('resumed at')),
      why,
    ).toMatch(new RegExp(`step ${lastStep} `));
    expect(readCheckpoint<Header>(ckptFile)!.header.step).toBe(STEPS);
    // Bit for bit the uninterrupted run's parameters.
    const a = params(path.join(full.ckpt, 'last.ckpt'));
    const b = params(ckptFile);
    expect(b.map((t) => t.name)).toEqual(a.map((t) => t.name));
    for (const [i, t] of a.entries())
      expect(
        Buffer.from(b[i]!.values.buffer).equals(Buffer.from(t.values.buffer)),
        `${t.name}; ${why}; kills: ${kills.join('; ')}`,
      ).toBe(true);
  });
});
