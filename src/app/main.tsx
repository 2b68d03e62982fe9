import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './uswds.scss';
import './app.css';
import './editor.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root"> for the app to mount.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
