/**
 * The page's entry. The URL guard runs first: TensorFlow.js parses the query string itself when it
 * loads, so the page's modules (which load it) are imported only after the query was repaired
 * (src/app/robust/urlGuard.ts). The styles and the theme come before, for the first paint. Nothing
 * imported here may reach tfjs-core (src/app/offline's notice reads the UI strings, whose imports
 * do: it is started by mountPage.tsx).
 */
import { startEarlyModelDownloads } from './app/earlyDownloads';
import { fetchPrecomputedExample } from './app/precomputed';
import { bootFailureText } from './app/robust/bootFailure';
import { guardPageUrl } from './app/robust/urlGuard';
import { applyTheme, savedThemeChoice } from './ui/theme';
import './styles/index.css';
import './app/share-export-tour.css';
import './app/pairs-user-models-unk.css';
// (its stylesheet here: it hides index.html's file:// message with the first paint)
import './app/offline/offline.css';

// tfjs's URL debug flags: only on the dev server (a shared link must not change how the model computes).
guardPageUrl(import.meta.env.DEV);
// Before the first paint: the saved (or system) theme.
applyTheme(savedThemeChoice());
// The first screen's example downloads while the rest of the page's code does (it is then ready for
// the page's first render: src/app/usePageData.ts).
void fetchPrecomputedExample();
// So do the first model's files (network only: the loader takes and checks them).
void startEarlyModelDownloads();

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing');
import('./app/robust/mountPage')
  .then((m) => m.mountPage(root))
  .catch((e: unknown) => {
    // the page's code could not be downloaded (network, a redeployment): say so instead of a blank page
    const p = document.createElement('p');
    p.className = 'alert alert--error';
    p.setAttribute('role', 'alert');
    p.dataset.testid = 'boot-error';
    p.textContent = bootFailureText(e, document.documentElement.lang);
    root.replaceChildren(p);
  });
