import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where benchmark outputs go: outside the tracked tree (SPLOT_BENCH_DIR, or ~/.cache/splot-bench),
 * so a run never rewrites a file in git. docs hold the current figures with their commands.
 */
export function benchOutDir(): string {
  const dir = process.env.SPLOT_BENCH_DIR ?? join(homedir(), '.cache', 'splot-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}
