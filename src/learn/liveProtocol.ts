/**
 * The messages between the "Watch it learn" view and the place its training runs (a Web Worker, or
 * the page itself where a worker cannot start): commands in, updates out. Plain, structured-
 * cloneable data only (no tensors, no functions): a task travels as its id (plus the translation
 * task's sentence pairs), a run as what the view draws of it.
 */
import type { ModelConfig } from '../model/config';
import type { LiveEvaluation, LiveSettings } from './liveRun';
import type { TaskId, ToyExample } from './tasks';
import type { ToyModelFolder } from './toyModelFiles';

/** What to train, as plain data (the counterpart of `LiveSetup`). */
export interface LiveSetupSpec {
  task: TaskId;
  /** the translation task's sentence pairs (only for `translate`) */
  pairs?: ToyExample[];
  length: number;
  settings: LiveSettings;
  /** also train the no-attention baseline side by side on the same data */
  baseline: boolean;
  /** 1–3 probe examples */
  probes: number;
}

/**
 * A command to the trainer. `seq` numbers the commands; every update acknowledges the last one
 * handled, so the view knows when a command has taken effect.
 */
export type LiveCommand =
  | { type: 'init'; backend: string }
  | { type: 'setup'; seq: number; gen: number; setup: LiveSetupSpec }
  | { type: 'reset'; seq: number; gen: number }
  | { type: 'play' | 'pause' | 'step'; seq: number }
  | { type: 'slow'; seq: number; slow: boolean }
  | { type: 'export'; seq: number; id: number }
  | { type: 'dispose' };

/** What changed in one run since the last update (everything, for a run new to the view). */
export interface RunDelta {
  task: TaskId;
  cfg: ModelConfig;
  settings: LiveSettings;
  /** the slider's sequence length */
  length: number;
  probes: ToyExample[];
  heldOutSize: number;
  step: number;
  /** training losses read back since the last update */
  losses: { step: number; loss: number }[];
  /** evaluations since the last update */
  evaluations: LiveEvaluation[];
}

/** The trainer's state after a change. */
export interface LiveUpdate {
  type: 'update';
  /** the setup generation (a reset or a new setup starts the next): older updates are stale */
  gen: number;
  /** the last command handled */
  ack: number;
  /** true when `runs` start from scratch (new runs), false when they extend the view's */
  fresh: boolean;
  runs: RunDelta[];
  playing: boolean;
  slow: boolean;
  error: string | null;
  stepsPerSecond: number;
  /** tfjs's tensor count where the training runs */
  tensors: number;
}

/** A message from the trainer. */
export type LiveEvent =
  | { type: 'ready'; backend: string; failure?: string }
  | LiveUpdate
  | { type: 'exported'; id: number; folder?: ToyModelFolder; error?: string }
  | { type: 'fatal'; message: string };
