import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDisplay } from './display/display-preferences';
import './styles/theme.css';
import './styles/base.css';
import './styles/dialog-frame.css';
import './styles/app.css';
import './styles/first-run.css';
import './styles/alert-dialog.css';
import './styles/editable.css';
import './styles/outline.css';

const root = document.getElementById('root')!;

if (typeof window.planner === 'undefined') {
  // Opened outside the desktop app (a plain browser): nothing can be loaded or saved.
  root.textContent = 'AI Alignment Planner must be started as the desktop app (npm start).';
} else {
  startDisplay();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
