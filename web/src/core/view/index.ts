import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ViewState } from './types';
import { applyChange, parseViewState, serializeViewState } from './utils';

export type { ViewState } from './types';

// Fired after our own pushState/replaceState; the browser fires popstate for back/forward.
const NAVIGATE = 'splot:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const readSearch = () => window.location.search;

export interface ChangeOptions {
  /** Replace the history entry instead of adding one (slider scrubbing, the replay, corrections). */
  replace?: boolean;
}

export type ChangeView = (change: Partial<ViewState>, options?: ChangeOptions) => void;

/** Writes a view to the address bar; a no-op when the URL already says the same. */
export function navigate(view: ViewState, { replace = false }: ChangeOptions = {}): void {
  const query = serializeViewState(view);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
}

/**
 * The view state lives in the URL and only there: reading parses location.search, changing it
 * pushes a history entry, so links reproduce a view and the back button undoes a step.
 */
export function useViewState(): [ViewState, ChangeView] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const view = useMemo(() => parseViewState(search), [search]);
  const change = useCallback<ChangeView>((patch, options) => {
    navigate(applyChange(parseViewState(window.location.search), patch), options);
  }, []);
  return [view, change];
}
