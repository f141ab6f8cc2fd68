import type { Writable } from 'node:stream';

/** Waits until the stream wants more; rejects when it closes or fails first (e.g. the client left). */
export function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed || out.writableEnded) {
      reject(new Error('the output was closed before the export finished'));
      return;
    }
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the output was closed before the export finished'));
    const onError = (error: Error) => done(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

/**
 * Text written to a stream in chunks of about 64 KB, waiting whenever the reader (an HTTP client,
 * a file) is slower than the database: an export never holds more than one chunk.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {}

  /** Adds text; resolves at once unless a full chunk has to wait for the reader. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.out.write(text)) await drained(this.out);
  }
}
