import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocale } from './core/i18n';
import { parseViewState } from './core/view/utils';
import { ExplorerView } from './views/ExplorerView';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element');

// The first paint is already in the language the link asks for.
applyLocale(parseViewState(window.location.search).lang);

createRoot(root).render(
  <StrictMode>
    <ExplorerView />
  </StrictMode>,
);
