import type { Readable, Writable } from 'node:stream';

/**
 * Pipes a download to the response (not ending it: the caller does, once it knows the file is
 * whole) and flushes after every chunk. Under the compression middleware (app.ts) the compressor
 * holds its output until it has a block's worth; an export streams for minutes, in chunks of about
 * 64 KB (export/sink.ts), so each is pushed to the client as it comes: the download shows
 * progress and a reading client is seen reading. Costs a few bytes per chunk of compression.
 */
export function pipeFlushing(body: Readable, res: Writable & { flush?: () => void }): void {
  body.pipe(res, { end: false });
  // After pipe's own 'data' listener, which has written the chunk.
  body.on('data', () => res.flush?.());
}
