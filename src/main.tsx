import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/index.css';

const root = document.getElementById('root');
if (root) {
  const app = createRoot(root);
  // A transition renders in slices that yield to the browser, so the first paint is not one long task.
  startTransition(() =>
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
