import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.js';

const run = promisify(execFile);

// `pnpm run import FILE` at the repository root must reach splot's import, not pnpm's own
// `import` command (which `pnpm --filter … import` would run).
describe('root package scripts', () => {
  it('pnpm run import --help prints splot import usage', async () => {
    const { stdout, stderr } = await run('pnpm', ['run', 'import', '--help'], { cwd: paths.repoRoot });
    expect(`${stdout}${stderr}`).toContain('pnpm run import FILE... [--dry-run] [--skip-invalid]');
    expect(`${stdout}${stderr}`).not.toContain('Generates a pnpm-lock.yaml');
  }, 60_000);
});
