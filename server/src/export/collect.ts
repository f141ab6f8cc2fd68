import { Writable } from 'node:stream';
import type { ExportData } from './types.js';

/** Runs a writer into memory (for tests and small exports); slow=true makes the reader lag, to exercise back-pressure. */
export async function writeToBuffer(
  write: (data: ExportData, out: Writable) => Promise<void>,
  data: ExportData,
  { slow = false } = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      if (slow) setTimeout(done, 1);
      else done();
    },
  });
  await write(data, out);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return Buffer.concat(chunks);
}
