import { useCallback, useSyncExternalStore } from 'react';
import { setBearerToken } from '../../api/client';
import { decodeToken, type Session, type TokenProblem } from './utils';

export type { Role, Session } from './utils';
export { canEdit, canEditArea } from './utils';

// The token lives in sessionStorage: gone when the tab closes, never sent in a shared link.
const KEY = 'splot.token';
const CHANGED = 'splot:auth';

function readSession(): Session | null {
  const raw = window.sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = decodeToken(raw);
  return typeof session === 'string' ? null : session;
}

let cachedRaw: string | null | undefined;
let cached: Session | null = null;

/** The session, recomputed only when the stored token changes (useSyncExternalStore wants stability). */
function snapshot(): Session | null {
  const raw = window.sessionStorage.getItem(KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = readSession();
    setBearerToken(cached?.token ?? null);
  }
  return cached;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export interface AuthState {
  session: Session | null;
  /** Stores a pasted token; returns what is wrong with it, or null when signed in. */
  signIn: (token: string) => TokenProblem | null;
  signOut: () => void;
}

export function useAuth(): AuthState {
  const session = useSyncExternalStore(subscribe, snapshot, () => null);
  const signIn = useCallback((token: string) => {
    const decoded = decodeToken(token);
    if (typeof decoded === 'string') return decoded;
    window.sessionStorage.setItem(KEY, decoded.token);
    window.dispatchEvent(new Event(CHANGED));
    return null;
  }, []);
  const signOut = useCallback(() => {
    window.sessionStorage.removeItem(KEY);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return { session, signIn, signOut };
}
