/**
 * How the compare view lines up its heatmap rows: each model's own translation, or one shared
 * output (a compared model's translation, or a typed reference) every model is teacher-forced on.
 */
import { useState } from 'react';
import { useStrings } from './i18n';
import type { AlignSource } from './useSharedOutput';

/** Whether the columns show each model's own decode or the forced decode on the shared output. */
export type RowsMode = 'own' | 'shared';

/** Props of {@link CompareAlign}. */
export interface CompareAlignProps {
  rows: RowsMode;
  onRows: (rows: RowsMode) => void;
  /** the compared models with a translation, in column order */
  ids: readonly string[];
  nameOf: (id: string) => string;
  source: AlignSource;
  onSource: (source: AlignSource) => void;
  /** a line saying how the rows are aligned now (or that they are being aligned) */
  status: string | null;
  disabled?: boolean;
}

const REFERENCE = '__reference__';

/** The rows toggle, the shared-output source picker and the reference field. */
export function CompareAlign({ rows, onRows, ids, nameOf, source, onSource, status, disabled = false }: CompareAlignProps) {
  const C = useStrings().compare;
  const [draft, setDraft] = useState(source.kind === 'reference' ? source.text : '');
  const [choice, setChoice] = useState<string>(source.kind === 'model' ? source.id : REFERENCE);
  const [empty, setEmpty] = useState(false);
  const applyReference = (): void => {
    if (draft.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onSource({ kind: 'reference', text: draft.trim() });
  };
  return (
    <div className="cmp-align" data-testid="compare-align">
      <fieldset className="cmp-align__rows">
        <legend>{C.rowsLabel}</legend>
        {(['own', 'shared'] as const).map((m) => (
          <label key={m} className="cmp-align__radio">
            <input
              type="radio"
              name="compare-rows"
              value={m}
              checked={rows === m}
              onChange={() => onRows(m)}
              data-testid={`compare-rows-${m}`}
            />
            {m === 'own' ? C.rowsOwn : C.rowsShared}
          </label>
        ))}
      </fieldset>
      <div className="cmp-align__source">
        <label className="cmp-align__pick">
          {C.alignLabel}
          <select
            value={choice}
            disabled={disabled}
            data-testid="compare-align-source"
            onChange={(e) => {
              const v = e.target.value;
              setChoice(v);
              if (v !== REFERENCE) onSource({ kind: 'model', id: v });
            }}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {C.alignModel(nameOf(id))}
              </option>
            ))}
            <option value={REFERENCE}>{C.alignReference}</option>
          </select>
        </label>
        {choice === REFERENCE ? (
          <form
            className="cmp-align__ref"
            onSubmit={(e) => {
              e.preventDefault();
              applyReference();
            }}
          >
            <label htmlFor="compare-reference" className="visually-hidden">
              {C.referenceLabel}
            </label>
            <input
              id="compare-reference"
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder={C.referenceLabel}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              data-testid="compare-reference"
            />
            <button type="submit" className="button" disabled={disabled} data-testid="compare-reference-apply">
              {C.referenceApply}
            </button>
          </form>
        ) : null}
      </div>
      {empty ? (
        <p className="small alert alert--error" role="alert">
          {C.referenceEmpty}
        </p>
      ) : null}
      {status ? (
        <p className="small muted cmp-align__status" data-testid="compare-align-status" aria-live="polite">
          {status}
        </p>
      ) : null}
    </div>
  );
}
