import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocale } from './core/i18n';
import { parseViewState } from './core/view/utils';
import { ExplorerView } from './views/ExplorerView';
import './styles.css';

// The partner survey's pages load only when their address is opened (respondents never load the
// explorer's drawing libraries on their phones).
const RespondPage = lazy(() => import('./survey/RespondPage').then((m) => ({ default: m.RespondPage })));
const SurveysPage = lazy(() => import('./survey/SurveysPage').then((m) => ({ default: m.SurveysPage })));

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element');

// The first paint is already in the language the link asks for.
applyLocale(parseViewState(window.location.search).lang);

const path = window.location.pathname.replace(/\/+$/, '');
const page = path === '/ankieta' ? <RespondPage /> : path === '/ankiety' ? <SurveysPage /> : <ExplorerView />;

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={null}>{page}</Suspense>
  </StrictMode>,
);
