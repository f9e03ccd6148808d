import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './ui/i18n';
import { applyTheme, savedThemeChoice } from './ui/theme';
import './app/styles.css';
import './app/share-export-tour.css';

// Before the first paint: the saved (or system) theme.
applyTheme(savedThemeChoice());

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
