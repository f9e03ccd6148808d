/**
 * The page's notices about what it could not do because of its surroundings: a link whose parts
 * could not be read (or whose tfjs debug flags were ignored: src/app/robust/urlGuard.ts), and a
 * browser that refuses to let the page store anything (src/app/robust/storage.ts). Each can be
 * dismissed; neither stops the page from working.
 */
import { useState } from 'react';
import { useStrings } from '../../ui/i18n';
import { storageDenied } from './storage';
import { pageUrlRepair } from './urlGuard';

/** One dismissible notice line. */
function Notice({ testId, text }: { testId: string; text: string }) {
  const t = useStrings();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <p className="alert alert--warn page-notice" role="status" data-testid={testId}>
      <span>{text}</span>{' '}
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t.robust.dismiss}
      </button>
    </p>
  );
}

/** Renders the page-level notices (nothing when all is well); read once, when the page mounts. */
export function PageNotices() {
  const t = useStrings().robust;
  const [repair] = useState(pageUrlRepair);
  const [denied] = useState(storageDenied);
  return (
    <>
      {repair && repair.dropped.length > 0 ? (
        <Notice testId="url-notice" text={t.urlRepaired(repair.dropped.join(', '))} />
      ) : null}
      {repair?.flagsIgnored ? <Notice testId="flags-notice" text={t.flagsIgnored} /> : null}
      {denied ? <Notice testId="storage-notice" text={t.storageDenied} /> : null}
    </>
  );
}
