/** Accessible tabs (WAI-ARIA tabs pattern): ←/→/Home/End move between tabs, panels are labelled by their tab. */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of a {@link TabList}. */
export interface TabItem<K extends string> {
  id: K;
  label: string;
  /** a small note after the label (e.g. "manipulated") */
  badge?: ReactNode;
}

/** Renders an accessible tab strip for `items`, with `value` selected; arrow/Home/End keys move between tabs. */
export function TabList<K extends string>({
  items,
  value,
  onChange,
  label,
}: {
  items: readonly TabItem<K>[];
  value: K;
  onChange: (id: K) => void;
  label: string;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const n = items.length;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (to < 0) return;
    e.preventDefault(); // also keeps the page's playback keys out of it
    const id = items[to]!.id;
    onChange(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} data-testid="tabs">
      {items.map((it, i) => (
        <button
          key={it.id}
          ref={(el) => {
            if (el) refs.current.set(it.id, el);
            else refs.current.delete(it.id);
          }}
          type="button"
          role="tab"
          id={`tab-${it.id}`}
          aria-controls={`panel-${it.id}`}
          aria-selected={value === it.id}
          tabIndex={value === it.id ? 0 : -1}
          className={`tabs__tab${value === it.id ? ' tabs__tab--active' : ''}`}
          data-testid={`tab-${it.id}`}
          onClick={() => onChange(it.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {it.label}
          {it.badge ? <span className="tabs__badge">{it.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}

/** A tab's panel; kept mounted once visited (so its state survives), hidden while another tab shows. */
export function TabPanel({ id, active, children }: { id: string; active: boolean; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={`panel-${id}`}
      aria-labelledby={`tab-${id}`}
      hidden={!active}
      className="tabpanel"
      data-testid={`panel-${id}`}
    >
      {children}
    </div>
  );
}
