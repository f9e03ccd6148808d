/**
 * The views that are not on the first screen (Beam search, Teacher forcing & BLEU, Compare,
 * Models), each loaded as a chunk of its own the first time its tab opens, so the page's initial
 * JavaScript carries only the translation view. Each wrapper takes the view's own props and shows
 * a one-line placeholder while the chunk downloads, inside an error boundary: a chunk that does not
 * download (a redeployment removed it, the network dropped) or a view that throws shows a notice
 * with a Retry button in its tab, and the rest of the page keeps working.
 * {@link preloadViewsWhenIdle} fetches them ahead.
 */
import { Component, lazy, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import '../app/robust/robust.css';
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
 * the first translation does not compete with it). Failures are ignored here: opening the tab
 * tries again (in browsers that keep a failed module download until a reload, it fails at once),
 * and if that fails its error boundary says so and offers a retry, then a reload.
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

/**
 * What a failed view shows in its place: why, and a Retry button; after a retry that failed too,
 * also a Reload button: browsers that follow the older module-loading rule (Chromium before ~151,
 * among others) keep a failed download of a module for the page's lifetime, so only a reload (the
 * address keeps the sentence and the tab) fetches it again.
 */
function ViewFailed({ error, onRetry, retried }: { error: unknown; onRetry: () => void; retried: boolean }): ReactNode {
  const t = useStrings();
  const why = error instanceof Error ? error.message : String(error);
  return (
    <p className="card alert alert--error view-failed" role="alert" data-testid="view-failed">
      <span>{retried ? t.robust.viewStillFailed(why) : t.robust.viewFailed(why)}</span>
      <button type="button" className="button" data-testid="view-retry" onClick={onRetry}>
        {t.robust.retry}
      </button>
      {retried ? (
        <button type="button" className="button" data-testid="view-reload" onClick={() => location.reload()}>
          {t.robust.reload}
        </button>
      ) : null}
    </p>
  );
}

/** Catches a view's load or render error; `onRetry` (from the fallback) renders the view anew. */
class ViewErrorBoundary extends Component<{ children: ReactNode; onRetry: () => void; retried: boolean }, { error: unknown }> {
  state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }
  render(): ReactNode {
    return this.state.error !== null ? (
      <ViewFailed error={this.state.error} onRetry={this.props.onRetry} retried={this.props.retried} />
    ) : (
      this.props.children
    );
  }
}

/**
 * Wraps a lazily loaded component in its own error boundary and Suspense boundary with the loading
 * placeholder. React caches a failed `lazy()` load, so a retry makes a new lazy component (which
 * calls `load` again) and remounts the boundary.
 */
function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let Lazy = lazy(load);
  const View = (props: P) => {
    const [attempt, setAttempt] = useState(0);
    const retry = (): void => {
      Lazy = lazy(load);
      setAttempt((n) => n + 1);
    };
    return (
      <ViewErrorBoundary key={attempt} onRetry={retry} retried={attempt > 0}>
        <Suspense fallback={<Loading />}>
          <Lazy {...props} />
        </Suspense>
      </ViewErrorBoundary>
    );
  };
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
