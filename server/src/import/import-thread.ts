import { Worker } from 'node:worker_threads';
import type { ImportOptions, Outcome } from './run-import.js';

/** What an import thread needs: where the database is, the file, and the options. */
export interface ImportJob {
  database: { uri: string; user?: string; password?: string };
  file: string;
  buffer: Uint8Array;
  options: Omit<ImportOptions, 'onProgress'>;
}

export type ImportThreadMessage =
  | { type: 'done'; outcome: Outcome; problems: number; transactions: number; json: string }
  | {
      type: 'failed';
      unavailable: boolean;
      message: string;
      interrupted?: { writtenRows: number; totalRows: number };
    };

export type ImportThreadResult =
  | ImportThreadMessage
  /** The file needed more memory than the thread may have (a workbook whose sizes lied). */
  | { type: 'too-large' };

/**
 * Heap of one import thread. 250,000 rows read, checked and planned take about 600 MB; a workbook
 * that declares small sizes but unpacks to more ends the thread, not the API.
 */
export const IMPORT_THREAD_HEAP_MB = 1_536;

/** Runs one import in its own worker thread, so the API's event loop stays free meanwhile. */
export function importInThread(job: ImportJob, heapMb = IMPORT_THREAD_HEAP_MB): Promise<ImportThreadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker-boot.mjs', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    let result: ImportThreadResult | null = null;
    worker.once('message', (message: ImportThreadMessage) => {
      result = message;
    });
    worker.once('error', (error: Error & { code?: string }) => {
      result ??=
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { type: 'too-large' }
          : { type: 'failed', unavailable: false, message: error.message };
    });
    worker.once('exit', () => {
      resolve(
        result ?? { type: 'failed', unavailable: false, message: 'the import thread ended without a report' },
      );
    });
  });
}
