import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { locale } from './core/i18n';
import { ExplorerView } from './views/ExplorerView';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element');

document.documentElement.lang = locale;

createRoot(root).render(
  <StrictMode>
    <ExplorerView />
  </StrictMode>,
);
