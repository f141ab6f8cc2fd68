// One import in a worker thread (import-thread.ts starts it): reading, checking and writing a file
// of 250,000 rows takes seconds of CPU, which would otherwise hold the API's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyError } from '../client-errors.js';
import { createDriver } from '../db/driver.js';
import type { ImportJob, ImportThreadMessage } from './import-thread.js';
import { ImportInterruptedError, importFile } from './run-import.js';

const job = workerData as ImportJob;
const send = (message: ImportThreadMessage) => parentPort?.postMessage(message);

const driver = createDriver({ ...job.database });
try {
  const report = await importFile(driver, job.file, Buffer.from(job.buffer), job.options);
  // The report as text: a string crosses to the API's thread as one copy, where a structured
  // clone of 250,000 changes would be rebuilt object by object on its event loop.
  send({
    type: 'done',
    outcome: report.outcome,
    problems: report.problems.length,
    transactions: report.transactions,
    json: JSON.stringify(report),
  });
} catch (error) {
  send({
    type: 'failed',
    unavailable: classifyError(error).code === 'DATABASE_UNAVAILABLE' || isUnavailable(error),
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof ImportInterruptedError
      ? { interrupted: { writtenRows: error.writtenRows, totalRows: error.totalRows } }
      : {}),
  });
} finally {
  await driver.close();
}

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof ImportInterruptedError && classifyError(error.cause).code === 'DATABASE_UNAVAILABLE'
  );
}
