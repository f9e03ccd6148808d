/** What the session controller (session.ts) calls outside itself: the engine and the page's loaders. */
import type { DefaultBackend } from '../../tfjs/backendChoice';
import type { BackendName, BackendResult } from '../../tfjs/browserBackends';
import type { DecodeOptions } from '../../model/greedy';
import type { Seq2SeqModel } from '../../model/model';
import type { TranslationResult } from '../engine';
import type { ModelCard, ModelIndex } from '../loadModel';
import type { ModelRegistry } from '../modelRegistry';

/** What the session needs of the engine (src/app/engine.ts; a fake one in tests). */
export interface SessionEngine {
  setBackend(name: BackendName): Promise<BackendResult>;
  prefetch(variant: string, label?: string): void;
  load(variant: string, label?: string): Promise<Pick<Seq2SeqModel, 'cfg'>>;
  warmUp(variant: string, label?: string): Promise<boolean>;
  translate(
    variant: string,
    label: string,
    text: string,
    options?: Pick<DecodeOptions, 'force' | 'attention' | 'maxLen'>,
  ): Promise<TranslationResult>;
  /** the software rasterizer the active webgl backend runs on (null off webgl or on a GPU) */
  softwareRenderer?(): string | null;
  /** gives up the beam searches queued or running (a new sentence was asked for) */
  giveUpBeamSearches?(): void;
}

/** Everything outside the session that it calls. */
export interface SessionDeps<E extends SessionEngine = SessionEngine> {
  engine: E;
  /** the models the page can run (the shipped ones are added to it at start-up) */
  registry: ModelRegistry;
  /** the model list of a pair */
  fetchIndex: (pair: string) => Promise<ModelIndex>;
  /** puts the models the user opened on earlier visits into the registry (before a model is chosen) */
  restoreUserModels?: () => Promise<void>;
  /** a model's card (undefined when it has none) */
  fetchCard: (variant: string) => Promise<ModelCard | undefined>;
  /** the automatic backend choice when the URL names none */
  detectBackend: () => Promise<DefaultBackend>;
  /** called once the first model is ready (idle preloading of the other views) */
  onReady?: () => void;
}
