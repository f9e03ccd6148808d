/**
 * The views that are not on the first screen (Beam search, Teacher forcing & BLEU, Compare,
 * Models), each loaded as a chunk of its own the first time its tab opens, so the page's initial
 * JavaScript carries only the translation view. Each wrapper takes the view's own props and shows
 * a one-line placeholder while the chunk downloads. {@link preloadViewsWhenIdle} fetches them ahead.
 */
import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import type * as Beam from './BeamView';
import type * as Compare from './CompareView';
import type * as Forcing from './ForcingView';
import type * as Learn from './LearnView';
import type * as Models from './ModelsView';
import { useStrings } from './i18n';

const loaders = {
  beam: () => import('./BeamView').then((m) => ({ default: m.BeamView })),
  forcing: () => import('./ForcingView').then((m) => ({ default: m.ForcingView })),
  compare: () => import('./CompareView').then((m) => ({ default: m.CompareView })),
  models: () => import('./ModelsView').then((m) => ({ default: m.ModelsView })),
  learn: () => import('./LearnView').then((m) => ({ default: m.LearnView })),
};

/**
 * Downloads every lazily loaded view once the browser is idle (so a tab opens without a wait, and
 * the first translation does not compete with it). Failures are ignored: opening the tab retries.
 */
export function preloadViewsWhenIdle(): void {
  const run = (): void => {
    for (const load of Object.values(loaders)) load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

/** The placeholder shown while a view's chunk downloads. */
function Loading(): ReactNode {
  const t = useStrings();
  return (
    <p className="card muted" data-testid="view-loading" aria-busy="true">
      {t.loadingView}
    </p>
  );
}

/** Wraps a lazily loaded component in its own Suspense boundary with the loading placeholder. */
function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const Lazy = lazy(load);
  const View = (props: P) => (
    <Suspense fallback={<Loading />}>
      <Lazy {...props} />
    </Suspense>
  );
  return View;
}

/** The beam-search view, loaded on first use. */
export const BeamView = lazyView<ComponentProps<typeof Beam.BeamView>>(loaders.beam);
/** The teacher-forcing & BLEU view, loaded on first use. */
export const ForcingView = lazyView<ComponentProps<typeof Forcing.ForcingView>>(loaders.forcing);
/** The model-comparison view, loaded on first use. */
export const CompareView = lazyView<ComponentProps<typeof Compare.CompareView>>(loaders.compare);
/** The models table, loaded on first use. */
export const ModelsView = lazyView<ComponentProps<typeof Models.ModelsView>>(loaders.models);
/** The live-training view ("Watch it learn"), loaded on first use. */
export const LearnView = lazyView<ComponentProps<typeof Learn.LearnView>>(loaders.learn);
