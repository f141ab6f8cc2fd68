import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { NetworkLimits } from '../network/limits.js';
import type { ExportFormatName } from './formats.js';
import type { ExportRequest } from './types.js';

/** What the export process needs: where the database is, and what to write. */
export interface ExportJob {
  database: { uri: string; user?: string; password?: string };
  request: ExportRequest;
  format: ExportFormatName;
  /** A JSON file of the canvas layout ({id: {x, y, size?}}), too large for the command line. */
  layoutFile?: string;
  /** How big a graph the node measures may take on (NETWORK_MAX_TIES, BETWEENNESS_MAX_WORK). */
  limits?: NetworkLimits;
}

export type ExportMessage =
  | { type: 'started'; fileName: string; contentType: string }
  | { type: 'rejected'; reason: 'NO_AREA' }
  | { type: 'failed'; unavailable: boolean; message: string }
  | { type: 'done'; nodes: number; edges: number; peakRssMb: number };

export type ExportStart =
  | { type: 'started'; fileName: string; contentType: string; body: Readable }
  | { type: 'rejected'; reason: 'NO_AREA' }
  | { type: 'failed'; unavailable: boolean; message: string };

export interface RunningExport {
  pid: number | undefined;
  /** Settles before the first byte: the file's name and type, or why there will be no file. */
  start: Promise<ExportStart>;
  /** Settles when the process has exited: whole (with its figures) or not. */
  finished: Promise<{ whole: boolean; nodes?: number; edges?: number; peakRssMb?: number; error?: string }>;
  /** Stops the export (a cancelled download). */
  cancel(): void;
}

const entry = fileURLToPath(new URL('./export-process-main.ts', import.meta.url));
// The entry is TypeScript: run it with tsx whether the API runs under tsx or under vitest.
const tsx = createRequire(import.meta.url).resolve('tsx');

/**
 * Heap limit of one export process (as the `pnpm export` script): the fold holds the memberships
 * and one institution's ties, never the file; without a limit V8 lets garbage grow to ~500 MB.
 */
const EXPORT_HEAP_MB = 256;

/**
 * Runs one export in its own Node process, its file streamed back on `body`. Keeps the API's heap
 * and event loop free of the export (a national one-mode export walks ~10⁸ member pairs), lets a
 * cancelled download stop at once, and bounds each export's memory on its own.
 */
export function runExportProcess(job: ExportJob): RunningExport {
  const child: ChildProcess = fork(entry, [], {
    env: { ...process.env, SPLOT_EXPORT_JOB: JSON.stringify(job) },
    execArgv: ['--import', tsx, `--max-old-space-size=${EXPORT_HEAP_MB}`],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    serialization: 'json',
  });
  let done: Extract<ExportMessage, { type: 'done' }> | null = null;
  let failure: string | undefined;
  const start = new Promise<ExportStart>((resolve) => {
    child.on('message', (message: ExportMessage) => {
      if (message.type === 'started') resolve({ ...message, body: child.stdout as Readable });
      else if (message.type === 'done') done = message;
      else {
        if (message.type === 'failed') failure = message.message;
        resolve(message);
      }
    });
    child.on('error', (error) => resolve({ type: 'failed', unavailable: false, message: error.message }));
    child.on('exit', (code, signal) =>
      resolve({ type: 'failed', unavailable: false, message: `export process ended (${code ?? signal})` }),
    );
  });
  const finished = new Promise<Awaited<RunningExport['finished']>>((resolve) => {
    child.on('exit', (code, signal) => {
      const whole = code === 0 && done !== null;
      resolve(
        whole && done
          ? { whole, nodes: done.nodes, edges: done.edges, peakRssMb: done.peakRssMb }
          : { whole, error: failure ?? `export process ended (${code ?? signal})` },
      );
    });
  });
  return { pid: child.pid, start, finished, cancel: () => child.kill('SIGTERM') };
}
