import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchOutDir } from './out-dir.js';

/** python-igraph in the bench's own virtualenv (under the bench output directory), made once. */
export function igraphPython(): string {
  const venv = join(benchOutDir(), 'igraph-venv');
  const python = join(venv, 'bin', 'python');
  const ready = () => {
    try {
      execFileSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (existsSync(python) && ready()) return python;
  execFileSync('python3', ['-m', 'venv', '--clear', venv], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', 'igraph'], { stdio: 'inherit' });
  if (!ready()) throw new Error(`python-igraph did not install into ${venv}`);
  return python;
}

// Reads "n" then one "a b" pair per line from stdin; prints the seconds of one betweenness run
// (wall, process CPU) and a checksum, as JSON.
const SCRIPT = `
import sys, time, json, igraph
lines = sys.stdin.read().split("\\n")
n = int(lines[0]); edges = [tuple(map(int, l.split())) for l in lines[1:] if l]
g = igraph.Graph(n=n, edges=edges)
w = time.perf_counter(); c = time.process_time()
b = g.betweenness(directed=False)
print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - c, "sum": sum(b), "version": igraph.__version__}))
`;

export interface IgraphRun {
  wall: number;
  cpu: number;
  sum: number;
  version: string;
}

export function igraphBetweenness(python: string, n: number, edges: string): IgraphRun {
  const out = execFileSync(python, ['-c', SCRIPT], { input: `${n}\n${edges}`, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as IgraphRun;
}
