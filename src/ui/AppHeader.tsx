/** The page header: preferences, title, model and backend pickers, copy link and the tour button. */
import { useEffect, type ReactNode } from 'react';
import type { VariantInfo } from '../app/loadModel';
import type { BackendName } from '../tfjs/browserBackends';
import { BackendSelect, ModelSelect } from './Controls';
import { CopyLink } from './CopyLink';
import { useStrings } from './i18n';
import { outputLanguageName } from './languages';
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
  /** the user picked another model */
  onModelChange: (id: string) => void;
  /** the user picked another backend */
  onBackendChange: (name: BackendName) => void;
  /** the user asked for the guided tour */
  onOpenTour: () => void;
  /** the language pair shown (names the page's title, the browser tab's title and the intro's output language) */
  pair?: string;
  /** the language-pair switch, shown before the model choice */
  pairControl?: ReactNode;
  /** shown after the model choice (the user's own models: open a folder, remove) */
  modelTools?: ReactNode;
}

/** The page header; also keeps the browser tab's title on the shown pair. */
export function AppHeader(p: AppHeaderProps) {
  const t = useStrings();
  const pairName = p.pair ? t.pairs.names[p.pair] : undefined;
  const title = pairName ? t.pairTitle(pairName) : t.title;
  const note = (p.pair && t.pairs.introNotes[p.pair]) || '';
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <header className="header">
      <Preferences />
      <div className="header__text">
        <h1>{title}</h1>
        <p className="intro" data-testid="intro">
          {t.intro(outputLanguageName(t.languageNames, p.pair ?? null))}
          {note ? ` ${note}` : ''}
        </p>
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
