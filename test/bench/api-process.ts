import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The API exactly as `npm start` runs it (server/src/main.ts), in its own process against the
 * bench database, so its memory can be measured apart from the bench's own.
 */
export async function startApiProcess(
  neo4jUri: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  // The node flags of `pnpm start` (server/package.json), so the bench measures what users run.
  const start = (
    JSON.parse(readFileSync(`${serverDir}package.json`, 'utf8')) as { scripts: { start: string } }
  ).scripts.start;
  const [, ...args] = start.split(/\s+/);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // The GraphQL bench reads the schema by introspection (off by default since issue 14).
      INTROSPECTION: 'true',
      // The bench's clients share one address: per-client limits would measure 429s.
      GRAPHQL_RATE_LIMIT: '0',
      EXPORT_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let started = false;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API not up in 120 s:\n${tail.join('\n')}`)), 120_000);
    const onLine = (line: string) => {
      // The server logs at warn level: after start, anything it says matters to the reader.
      if (started) console.error(`[api] ${line}`);
      tail.push(line);
      if (tail.length > 30) tail.shift();
      const match = /splot is running: (\S+)/.exec(line);
      if (match?.[1]) {
        started = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${tail.join('\n')}`));
    });
  });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    url,
    pid: child.pid as number,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await closed;
      clearTimeout(timer);
    },
  };
}
