import { useEffect, useState } from 'react';

/** Pause between two steps of the replay. */
export const STEP_MS = 900;

/**
 * Drives the replay: while playing, calls `advance` every STEP_MS; `advance` returns false at
 * the last step, which stops the replay. Honours prefers-reduced-motion by taking longer steps.
 */
export function usePlayback(advance: () => boolean): [boolean, (playing: boolean) => void] {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const timer = window.setInterval(
      () => {
        if (!advance()) setPlaying(false);
      },
      reduced ? STEP_MS * 2 : STEP_MS,
    );
    return () => window.clearInterval(timer);
  }, [playing, advance]);
  return [playing, setPlaying];
}
