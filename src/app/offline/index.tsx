/**
 * Offline use and installation (issue 21), started by importing this module (src/main.tsx): registers the
 * service worker (registerOffline.ts) and shows its notices (OfflineNotice.tsx) in their own small
 * React root beside the app's, so the app's layout does not change. Also loads offline.css, which
 * hides index.html's "open this page through a server" message (see index.html): that message
 * stays visible only where the stylesheet cannot load, i.e. from `file://`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfflineNotice } from './OfflineNotice';
import { startOffline } from './registerOffline';
import './offline.css';

/** Registers the service worker and mounts the notice (once, after the app's root). */
function initOffline(): void {
  startOffline();
  const host = document.createElement('div');
  host.id = 'offline-root';
  document.body.appendChild(host);
  createRoot(host).render(
    <StrictMode>
      <OfflineNotice />
    </StrictMode>,
  );
}

initOffline();
