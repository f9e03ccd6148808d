/**
 * Mounts the page. Imported by src/main.tsx only after the URL guard repaired the query string:
 * this module's imports load TensorFlow.js, which reads `location.search` the moment it loads.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App';
import '../../ui/i18n';
import { mark } from '../coldMarks';
// the service worker and its notices (issue 21's offline part): registered once the URL is safe
import '../offline';

/** Renders the page into `root`. */
export function mountPage(root: HTMLElement): void {
  mark('page code loaded');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
