import type { Writable } from 'node:stream';

/**
 * Ends a download whose client stopped reading: when `out` has been full (waiting for a 'drain')
 * for `idleMs`, it is destroyed, which closes the connection; the route's 'close' handler then
 * stops the export and frees its slot. Without it two stalled anonymous downloads held both
 * export slots for good (issue 14). A slow but reading client resets the clock at each drain.
 * Returns a function that stops watching.
 */
export function destroyWhenStalled(out: Writable, idleMs: number): () => void {
  let fullSince: number | null = null;
  const onDrain = () => {
    fullSince = null;
  };
  out.on('drain', onDrain);
  const timer = setInterval(
    () => {
      if (!out.writableNeedDrain) {
        fullSince = null;
        return;
      }
      fullSince ??= Date.now();
      if (Date.now() - fullSince >= idleMs) {
        stop();
        out.destroy(new Error(`the client read nothing for ${idleMs} ms`));
      }
    },
    Math.max(Math.floor(idleMs / 4), 10),
  );
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    out.off('drain', onDrain);
  };
  out.once('close', stop);
  return stop;
}
