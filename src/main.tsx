import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readUrlState } from './app/urlState';
import { detectDefaultBackend } from './tfjs/backendChoice';
import './ui/i18n';
import { applyTheme, savedThemeChoice } from './ui/theme';
import './styles/index.css';
import './app/share-export-tour.css';
import './app/pairs-user-models-unk.css';
import './app/offline';

// Before the first paint: the saved (or system) theme.
applyTheme(savedThemeChoice());
// Which backend to start on takes a while to find out (a WebGL probe in a worker): start now.
if (readUrlState().backend === null) void detectDefaultBackend();

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
