/** The bottleneck chart with its data file: BLEU by source length for every variant in bottleneck.json. */
import { errorText } from './errorText';
import { useEffect, useRef, useState } from 'react';
import { fetchBottleneckData, NoBottleneckData, type BottleneckData } from '../app/bottleneckData';
import { BottleneckChart } from '../viz/BottleneckChart';
import { useStrings } from './i18n';
import { useContentWidth } from './useContentWidth';

type State =
  { status: 'loading' } | { status: 'ready'; data: BottleneckData } | { status: 'none' } | { status: 'error'; message: string };

export function BottleneckSection({ nameOf }: { nameOf: (id: string) => string }) {
  const t = useStrings();
  const [state, setState] = useState<State>({ status: 'loading' });
  const box = useRef<HTMLElement>(null);
  // the chart fits the card (down to a phone's width) instead of scrolling sideways
  const width = useContentWidth(box);
  useEffect(() => {
    let cancelled = false;
    fetchBottleneckData()
      .then((data) => !cancelled && setState({ status: 'ready', data }))
      .catch(
        (e: unknown) =>
          !cancelled && setState(e instanceof NoBottleneckData ? { status: 'none' } : { status: 'error', message: errorText(e) }),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  const B = t.bottleneck;
  return (
    <section className="card cmp-bottleneck" data-testid="bottleneck" ref={box}>
      <h3>{B.heading}</h3>
      {state.status === 'loading' ? <p className="muted">{B.loading}</p> : null}
      {state.status === 'none' ? (
        <p className="muted" data-testid="bottleneck-none">
          {t.pairs.noBottleneck}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p className="alert alert--error" role="alert" data-testid="bottleneck-error">
          {B.error(state.message)}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <BottleneckChart
            buckets={state.data.buckets.map((b) => b.key)}
            series={state.data.variants.map((v) => ({
              id: v.id,
              name: nameOf(v.id),
              values: v.points.map((p) => p.bleu),
              sentences: v.points.map((p) => p.sentences),
            }))}
            labels={{ x: B.x, y: B.y, caption: B.caption, point: B.point, data: B.data, summary: t.a11y }}
            width={width}
          />
          <p className="small">{B.caption}</p>
          <p className="small muted" data-testid="bottleneck-set" data-set={state.data.set}>
            {B.set(state.data.set, state.data.source)}
          </p>
          <ul className="small muted cmp-bottleneck__steps" data-testid="bottleneck-steps">
            {state.data.variants.map((v) => (
              <li key={v.id}>{B.steps(nameOf(v.id), v.trainingSteps)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
