import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint: the same width as the stylesheet's @media (max-width: 50rem). */
export const PHONE_QUERY = '(max-width: 50rem)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the page is laid out for a phone (narrow screen); follows rotation and resizing. */
export function usePhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
