import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A Python virtual environment with networkx from PyPI, made once and kept in node_modules/.cache
// (git-ignored, gone with a fresh install). Needs python3 with the venv module.

const venv = fileURLToPath(new URL('../../node_modules/.cache/splot-networkx/', import.meta.url));
const python = `${venv}bin/python`;
export const readExportsScript = fileURLToPath(new URL('./read_exports.py', import.meta.url));

export function ensureNetworkx(): string {
  const ready = () => {
    try {
      execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (existsSync(python) && ready()) return python;
  execFileSync('python3', ['-m', 'venv', '--clear', venv], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', 'networkx'], { stdio: 'inherit' });
  if (!ready()) throw new Error(`networkx did not install into ${venv}`);
  return python;
}

/** What networkx reads from each file (see read_exports.py). */
export function readWithNetworkx(files: string[]): Record<string, NetworkxGraph> {
  const text = execFileSync(ensureNetworkx(), [readExportsScript, ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(text) as Record<string, NetworkxGraph>;
}

export interface NetworkxGraph {
  networkx: string;
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}
