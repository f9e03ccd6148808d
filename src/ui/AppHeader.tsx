/** The page header: preferences, title, model and backend pickers, copy link and the tour button. */
import type { ReactNode } from 'react';
import type { VariantInfo } from '../app/loadModel';
import type { BackendName } from '../tfjs/browserBackends';
import { BackendSelect, ModelSelect } from './Controls';
import { CopyLink } from './CopyLink';
import { useStrings } from './i18n';
import { Preferences } from './Preferences';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  /** the models to choose from */
  variants: readonly VariantInfo[];
  /** the selected model's id */
  variant: string;
  /** the active backend (null until started) */
  backend: string | null;
  /** a note under the backend picker (why the default is not webgl) */
  backendNote: string | null;
  /** the pickers are disabled while the page is busy */
  busy: boolean;
  /** whether the tour is open (for aria-expanded) */
  tourOpen: boolean;
  /** the link of the current view, for "Copy link" */
  getLink: () => string;
  onModelChange: (id: string) => void;
  onBackendChange: (name: BackendName) => void;
  onOpenTour: () => void;
  /** the language pair shown (names the page's title) */
  pair?: string;
  /** the language-pair switch, shown before the model choice */
  pairControl?: ReactNode;
  /** shown after the model choice (the user's own models: open a folder, remove) */
  modelTools?: ReactNode;
}

/** The page header. */
export function AppHeader(p: AppHeaderProps) {
  const t = useStrings();
  return (
    <header className="header">
      <Preferences />
      <div className="header__text">
        <h1>{(p.pair && t.pairs.titles[p.pair]) || t.title}</h1>
        <p className="intro">{(p.pair && t.pairs.intros[p.pair]) || t.intro}</p>
      </div>
      <div className="header__controls">
        {p.pairControl}
        <ModelSelect variants={p.variants} value={p.variant} disabled={p.busy} onChange={p.onModelChange} />
        {p.modelTools}
        <BackendSelect active={p.backend} disabled={p.busy} note={p.backendNote} onChange={p.onBackendChange} />
        <div className="header__tools">
          <CopyLink getLink={p.getLink} />
          <button
            type="button"
            className="button button--small"
            data-testid="tour-open"
            onClick={p.onOpenTour}
            aria-expanded={p.tourOpen}
          >
            {t.tour.open}
          </button>
        </div>
      </div>
    </header>
  );
}
