/** Per-model loading status of the compare view (downloading x MB / building / ready / failed). */
import { useStrings } from './i18n';
import { t as liveT } from './strings';

export type CompareStatus =
  | { kind: 'idle' }
  | { kind: 'queued' }
  | { kind: 'downloading'; loaded: number; total: number | null }
  | { kind: 'building' }
  | { kind: 'translating' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

const mb = (b: number): string => (b / 1e6).toFixed(1);

export function statusText(s: CompareStatus): string {
  const T = liveT.compare.status;
  switch (s.kind) {
    case 'idle':
      return T.idle;
    case 'queued':
      return T.queued;
    case 'downloading':
      return T.downloading(mb(s.loaded), s.total === null ? null : mb(s.total));
    case 'building':
      return T.building;
    case 'translating':
      return T.translating;
    case 'ready':
      return T.ready;
    case 'failed':
      return T.failed(s.message);
  }
}

export function StatusLine({ status }: { status: CompareStatus }) {
  useStrings(); // re-render on a language switch
  const pct = status.kind === 'downloading' && status.total ? Math.min(100, (100 * status.loaded) / status.total) : null;
  return (
    <span
      className={`cmp-status cmp-status--${status.kind}`}
      data-testid="compare-status"
      data-status={status.kind}
      role={status.kind === 'failed' ? 'alert' : undefined}
    >
      {statusText(status)}
      {pct !== null ? <progress className="cmp-status__bar" max={100} value={pct} /> : null}
    </span>
  );
}
