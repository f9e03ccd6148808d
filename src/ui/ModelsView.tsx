/** The models' results table (from their cards): BLEU, BLEU by source length, size and training cost. */
import { useEffect, useState } from 'react';
import { fetchModelCard, type ModelCard, type VariantInfo } from '../app/loadModel';
import { bucketKeys, resultRow, sameBudget, type ResultRow } from '../app/resultsTable';
import { useStrings } from './i18n';
import { ScrollBox } from './ScrollBox';
import { t as liveT } from './strings';

const M = () => liveT.models;

/** A BLEU cell; the set is named in the cell only when the rows mix sets (else the header names it). */
function bleuCell(v: number | null, set: string | null, mixed: boolean) {
  if (v === null || set === null) return <td className="num muted">{M().missing}</td>;
  return (
    <td className="num" data-set={set}>
      {v.toFixed(2)}
      {mixed ? <span className="muted small models__set"> ({set})</span> : null}
    </td>
  );
}

function duration(s: number | null): string {
  if (s === null) return M().missing;
  const h = Math.floor(s / 3600);
  return M().duration(h, Math.round((s - h * 3600) / 60));
}

/** The results table of the listed models, from their cards (fetched when the view opens). */
export function ModelsView({ variants }: { variants: readonly VariantInfo[] }) {
  useStrings(); // re-render on a language switch
  const [cards, setCards] = useState<Record<string, ModelCard | undefined> | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(variants.map(async (v) => [v.id, await fetchModelCard(v.id)] as const)).then((list) => {
      if (!cancelled) setCards(Object.fromEntries(list));
    });
    return () => {
      cancelled = true;
    };
  }, [variants]);
  if (!cards) return <p className="card muted">{M().loading}</p>;
  const rows: ResultRow[] = variants.map((v) => resultRow(v.id, v.name, cards[v.id]));
  const keys = bucketKeys(rows);
  const setList = [...new Set(rows.map((r) => r.set).filter(Boolean))];
  const sets = setList.join(' / ') || 'dev';
  const mixed = setList.length > 1;
  return (
    <section className="card models" data-testid="models-view">
      <h2>{M().heading}</h2>
      <p className="muted">{M().intro}</p>
      {!sameBudget(rows) ? (
        <p className="note" data-testid="models-unequal">
          {M().unequalBudget}
        </p>
      ) : null}
      <ScrollBox className="models__scroll" label={M().heading}>
        <table className="models__table" data-testid="models-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {M().model}
              </th>
              <th scope="colgroup" colSpan={2}>
                {M().bleuSet(sets)}
              </th>
              {keys.length > 0 ? (
                <th scope="colgroup" colSpan={keys.length}>
                  {M().byLength(sets)}
                </th>
              ) : null}
              <th scope="col" rowSpan={2}>
                {M().parameters}
              </th>
              <th scope="col" rowSpan={2}>
                {M().weights}
              </th>
              <th scope="col" rowSpan={2}>
                {M().steps}
              </th>
              <th scope="col" rowSpan={2}>
                {M().trainingTime}
              </th>
              <th scope="col" rowSpan={2}>
                {M().tokensPerSecond}
              </th>
            </tr>
            <tr>
              <th scope="col">{M().greedy}</th>
              <th scope="col">{M().beam5}</th>
              {keys.map((k) => (
                <th scope="col" key={k}>
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="models-row" data-variant={r.id} data-set={r.set ?? ''}>
                <th scope="row">
                  {r.name}
                  {!r.hasCard ? <span className="muted small"> ({M().noCard})</span> : null}
                </th>
                {bleuCell(r.greedy, r.set, mixed)}
                {bleuCell(r.beam5, r.set, mixed)}
                {keys.map((k) => (
                  <td key={k} className="num">
                    {r.byLength[k] !== undefined ? r.byLength[k]!.toFixed(1) : M().missing}
                  </td>
                ))}
                <td className="num">{r.parameters !== null ? r.parameters.toLocaleString('en') : M().missing}</td>
                <td className="num">{r.weightsBytes !== null ? M().mb((r.weightsBytes / 1e6).toFixed(1)) : M().missing}</td>
                <td className="num">
                  {r.steps !== null ? (
                    <>
                      {r.steps.toLocaleString('en')}
                      <span className="muted small models__sub">{M().epochs(r.epochs !== null ? r.epochs.toFixed(2) : '?')}</span>
                    </>
                  ) : (
                    M().missing
                  )}
                </td>
                <td className="num">{duration(r.wallSeconds)}</td>
                <td className="num">{r.tokensPerSecond !== null ? r.tokensPerSecond.toLocaleString('en') : M().missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="small muted">{M().setNote}</p>
    </section>
  );
}
