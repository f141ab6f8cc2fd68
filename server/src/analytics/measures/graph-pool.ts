import { Piscina } from 'piscina';
import type { GraphTask, GraphTaskResult } from './graph-task.js';

let pool: Piscina | null = null;

/**
 * Runs a whole-graph measure in a worker thread, so one user's brokers table on a dense powiat
 * (betweenness: seconds) does not stall every other request. One thread: the machine's other core
 * serves the API and the database. The thread ends after 30 s idle (so nothing keeps the process
 * alive) and starts again on the next use.
 */
export async function runOnGraph(task: GraphTask): Promise<GraphTaskResult> {
  pool ??= new Piscina({
    filename: new URL('./graph-worker-boot.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
  });
  return (await pool.run(task)) as GraphTaskResult;
}
