import { readFileSync } from 'node:fs';
import { classifyError } from '../client-errors.js';
// Child process of the API for one export download (export-process.ts starts it): writes the file
// to stdout, so the API's own heap and event loop never carry a multi-minute, multi-GB export.
// Messages to the parent (IPC): started | rejected | failed | done, then the exit code (0 = whole).
import { createDriver } from '../db/driver.js';
import { startExport } from './export-network.js';
import type { ExportJob, ExportMessage } from './export-process.js';
import type { NodePlacement } from './types.js';

const send = (message: ExportMessage) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else resolve();
  });

// The API's own reading of database errors, so an export says "unavailable" when a query would.
const isUnavailable = (error: unknown) => classifyError(error).code === 'DATABASE_UNAVAILABLE';

function readLayoutFile(file: string): Map<string, NodePlacement> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, NodePlacement>));
}

async function main(job: ExportJob): Promise<number> {
  const driver = createDriver({ ...job.database });
  try {
    const layout = job.layoutFile ? readLayoutFile(job.layoutFile) : undefined;
    const started = await startExport(driver, job.request, job.format, layout, job.limits);
    if (!started) {
      await send({ type: 'rejected', reason: 'NO_AREA' });
      return 0;
    }
    await send({ type: 'started', fileName: started.fileName, contentType: started.contentType });
    const counts = await started.writeTo(process.stdout);
    await new Promise<void>((resolve, reject) =>
      process.stdout.write('', (error) => (error ? reject(error) : resolve())),
    );
    await send({ type: 'done', ...counts, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
    return 0;
  } catch (error) {
    await send({
      type: 'failed',
      unavailable: isUnavailable(error),
      message: error instanceof Error ? error.message : String(error),
    });
    return 1;
  } finally {
    await driver.close();
  }
}

// The parent gone (download cancelled, API stopped): stop at once, nothing left to write to.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);
process.stdout.on('error', orphaned);
// The job comes in the environment: it holds the database password, and argv is public (ps).
process.exitCode = await main(JSON.parse(process.env.SPLOT_EXPORT_JOB ?? '{}') as ExportJob);
process.off('disconnect', orphaned);
process.disconnect?.();
