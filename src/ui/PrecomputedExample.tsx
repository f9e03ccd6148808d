/**
 * The first screen while the live model loads: the precomputed example (a real decode, computed
 * ahead of time: see src/app/precomputed.ts) in the normal translation view, under a notice that
 * says so. The page replaces it with the user's first live translation.
 */
import { useMemo } from 'react';
import type { TranslationResult } from '../app/engine';
import { pairOfShipped } from '../app/pairs/pairs';
import type { PrecomputedExample as Example } from '../app/precomputed';
import { TranslationView } from './TranslationView';
import { useStrings } from './i18n';

/** Props of {@link PrecomputedExample}. */
export interface PrecomputedExampleProps {
  /** the precomputed decode (a shipped model's real trace) */
  example: Example;
  /** true once the live model is ready to translate */
  modelReady: boolean;
  /** whether the page-wide playback keys drive this view */
  keyboard: boolean;
}

/** Renders the precomputed example with its "not live" notice. */
export function PrecomputedExample({ example, modelReady, keyboard }: PrecomputedExampleProps) {
  const t = useStrings();
  const result = useMemo<TranslationResult>(
    () => ({ variant: example.variant, text: example.sentence, trace: example.trace, backend: 'precomputed', ms: 0 }),
    [example],
  );
  return (
    <>
      <div
        className="card precomputed-note"
        role="note"
        data-testid="precomputed-notice"
        data-model-ready={modelReady ? 'true' : 'false'}
      >
        <p>
          <span className="precomputed-note__badge">{t.precomputed.badge}</span> <span lang="en">“{example.sentence}”</span>
        </p>
        <p className="muted small">
          {modelReady ? t.precomputed.ready(example.variantName) : t.precomputed.loading(example.variantName)}
        </p>
      </div>
      <TranslationView result={result} keyboard={keyboard} precomputed pair={pairOfShipped(example.variant)} />
    </>
  );
}
