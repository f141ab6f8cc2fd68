import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { destroyWhenStalled } from './stall-guard.js';

/** A real Writable whose reader takes bytes only when told to (a client that stops reading). */
function slowClient() {
  const pending: Array<() => void> = [];
  const out = new Writable({
    highWaterMark: 16,
    write(_chunk, _encoding, done) {
      pending.push(done);
    },
  });
  const readSome = () => {
    for (const done of pending.splice(0)) done();
  };
  return { out, readSome };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('destroyWhenStalled (issue 14: stalled downloads held the export slots)', () => {
  it('destroys a stream whose reader stopped reading for the idle time', async () => {
    const { out } = slowClient();
    // The guard destroys the stream with an error; a real response reports it, here it is caught.
    const errors: Error[] = [];
    out.on('error', (e) => errors.push(e));
    destroyWhenStalled(out, 100);
    out.write('x'.repeat(64)); // fills it: the reader never takes it
    await sleep(300);
    expect(out.destroyed).toBe(true);
    expect(errors.map((e) => e.message)).toEqual(['the client read nothing for 100 ms']);
  });

  it('leaves a slow reader that keeps reading alone', async () => {
    const { out, readSome } = slowClient();
    const stop = destroyWhenStalled(out, 150);
    for (let i = 0; i < 8; i += 1) {
      out.write('x'.repeat(64));
      await sleep(50);
      readSome();
    }
    expect(out.destroyed).toBe(false);
    stop();
  });
});
