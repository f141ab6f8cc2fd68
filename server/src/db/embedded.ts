/**
 * Starts and stops the embedded Neo4j launcher (neo4j/, built by `bash neo4j/build.sh`) as a
 * child Java process. The launcher prints `SPLOT_NEO4J_READY bolt://127.0.0.1:<port>` once Bolt
 * accepts connections; everything else it says goes to stderr and is handed to `onLog`.
 * Bolt requires the user neo4j's password (boltPassword below), so that no other local process
 * can read or write around the API's access rules.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** Bolt credentials: the user neo4j and its password. */
  user: string;
  password: string;
  /** Process id of the Java process (for diagnostics). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** How the launcher ended when nobody asked it to stop (killed, out of memory, crashed). */
export interface UnexpectedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Its last stderr lines. */
  tail: string[];
}

export interface StartEmbeddedNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Neo4j home: data/ and logs/ go here (default <repo>/.data/neo4j). */
  dataDir?: string;
  /** Java heap, as for -Xmx (default '768m'). */
  heap?: string;
  /** Neo4j page cache, as in neo4j.conf (default '256m'). */
  pageCache?: string;
  /** Longest a transaction may run, as in neo4j.conf: '30s', '15000ms' (default: the launcher's 30s). */
  txTimeout?: string;
  /** Receives every line the launcher writes, except the READY line. */
  onLog?: (line: string) => void;
  /** How long to wait for the READY line (default 300 s: minutes on a busy machine). */
  readyTimeoutMs?: number;
  /** Bolt password given by settings; default: the one kept in the data directory (boltPassword). */
  password?: string;
  /** Called when the launcher exits after it was ready without stop() (supervise.ts restarts it). */
  onUnexpectedExit?: (exit: UnexpectedExit) => void;
}

export const BOLT_USER = 'neo4j';
/** The generated Bolt password, in the data directory, readable by its owner only. */
export const PASSWORD_FILE = 'bolt-password';

/**
 * The Bolt password of the embedded database in `dataDir`: the one in its PASSWORD_FILE, else a
 * new random one written there (mode 0600) on first start. A file that others can read is made
 * private again.
 */
export async function boltPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const password = (await readFile(file, 'utf8')).trim();
  if (password.length < 8) throw new Error(`${file} must hold a password of at least 8 characters`);
  return password;
}

/** The default data directory of the embedded database (NEO4J_DATA_DIR unset). */
export const defaultDataDir = (): string => path.join(repoRoot, '.data', 'neo4j');

const READY_PREFIX = 'SPLOT_NEO4J_READY ';
const STOP_KILL_AFTER_MS = 20_000;
const KEEP_STDERR_LINES = 40;

/** Repository root: this file is <repo>/server/src/db/embedded.ts. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const launcherDir = path.join(repoRoot, 'neo4j');

/** A free TCP port on 127.0.0.1 (free now; someone may take it before you bind it). */
export async function findFreePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close((err) => {
        if (err) reject(err);
        else if (port === undefined) reject(new Error('could not determine a free port'));
        else resolve(port);
      });
    });
  });
}

/** Megabytes in a JVM size such as '768m', '1g', '524288k'; undefined if unparsable. */
function sizeInMb(size: string): number | undefined {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === 'g') return value * 1024;
  if (unit === 'm') return value;
  if (unit === 'k') return value / 1024;
  return value / (1024 * 1024);
}

/**
 * Initial heap: 128 MB keeps a small database small; a heap of 2 GB or more is asked for national
 * data, and there it starts at a quarter. With the serial collector the young generation is a third
 * of the current heap: from 128 MB a bulk load's 10,000-row transactions outgrew it, were promoted
 * and filled the old generation, and loading synthetic L spent about 49 s in some 340 full
 * collections; from a quarter of 4 GB, 13 s in 4.
 */
export function initialHeapMb(heapMb: number): number {
  if (heapMb >= 2048) return Math.floor(heapMb / 4);
  return Math.max(16, Math.min(128, Math.floor(heapMb)));
}

function javaArgs(heap: string): string[] {
  const heapMb = sizeInMb(heap);
  if (heapMb === undefined) throw new Error(`invalid heap size "${heap}" (expected e.g. 768m or 1g)`);
  const initialMb = initialHeapMb(heapMb);
  const classPath = [
    path.join(launcherDir, 'target', 'classes'),
    path.join(launcherDir, 'target', 'lib', '*'),
    // APOC must be on the class path as well as in the plugin directory: Neo4j loads its
    // procedures from the plugin directory but its extensions (ApocConfig...) via ServiceLoader.
    path.join(launcherDir, 'target', 'plugins', '*'),
  ].join(path.delimiter);
  return [
    `-Xmx${heap}`,
    `-Xms${initialMb}m`,
    // Small heap, two cores: the serial collector has the least overhead and footprint.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens',
    'java.base/java.nio=ALL-UNNAMED',
    '--add-opens',
    'java.base/java.io=ALL-UNNAMED',
    '--add-opens',
    'java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    classPath,
    'splot.neo4j.EmbeddedNeo4j',
  ];
}

function javaBinary(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Starts the embedded Neo4j and resolves once Bolt accepts connections. Rejects when the launcher
 * exits first (the error carries its last stderr lines, e.g. "port 7687 is already in use") or
 * when it is not ready within `readyTimeoutMs`.
 */
export async function startEmbeddedNeo4j(opts: StartEmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const port = opts.port ?? 7687;
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  const heap = opts.heap ?? '768m';
  const pageCache = opts.pageCache ?? '256m';
  const readyTimeoutMs = opts.readyTimeoutMs ?? 300_000;
  const onLog = opts.onLog;

  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port ${port}`);
  for (const dir of ['classes', 'lib', 'plugins']) {
    if (!existsSync(path.join(launcherDir, 'target', dir))) {
      throw new Error(
        `the embedded Neo4j launcher is not built (missing neo4j/target/${dir}): run "bash neo4j/build.sh"`,
      );
    }
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const password = opts.password || (await boltPassword(dataDir));

  const args = [
    ...javaArgs(heap),
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--plugin-dir',
    path.join(launcherDir, 'target', 'plugins'),
    '--pagecache',
    pageCache,
    ...(opts.txTimeout ? ['--tx-timeout', opts.txTimeout] : []),
    // stdin is a pipe from this process: when we die, it closes and Neo4j shuts down.
    '--exit-on-stdin-eof',
  ];
  const child: ChildProcess = spawn(javaBinary(), args, {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    // The password goes in the environment, which only this user can read (argv is public).
    env: { ...process.env, SPLOT_NEO4J_PASSWORD: password },
  });

  // Best effort for a parent that exits normally; stdin EOF covers the rest.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const stderrTail: string[] = [];
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const closed = new Promise<void>((resolve) => {
    child.once('close', (code, signal) => {
      exitInfo = { code, signal };
      process.off('exit', killOnExit);
      resolve();
    });
  });

  let stopping: Promise<void> | undefined;
  let ready = false;
  void closed.then(() => {
    if (ready && stopping === undefined && exitInfo)
      opts.onUnexpectedExit?.({ ...exitInfo, tail: [...stderrTail] });
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitInfo === undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (exitInfo === undefined) child.kill('SIGKILL');
        }, STOP_KILL_AFTER_MS);
        try {
          await closed;
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return stopping;
  };

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | undefined, value?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(value ?? '');
    };
    const describeTail = (): string =>
      stderrTail.length > 0 ? `:\n${stderrTail.join('\n')}` : ' (it printed nothing)';

    const timer = setTimeout(() => {
      void stop();
      settle(new Error(`embedded Neo4j was not ready within ${readyTimeoutMs} ms${describeTail()}`));
    }, readyTimeoutMs);

    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.startsWith(READY_PREFIX)) settle(undefined, line.slice(READY_PREFIX.length).trim());
        else onLog?.(line);
      });
    }
    if (child.stderr) {
      createInterface({ input: child.stderr }).on('line', (line) => {
        stderrTail.push(line);
        if (stderrTail.length > KEEP_STDERR_LINES) stderrTail.shift();
        onLog?.(line);
      });
    }
    child.once('error', (err) => {
      const hint =
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? ' (is Java 17+ installed and on PATH, or JAVA_HOME set?)'
          : '';
      settle(new Error(`cannot start ${javaBinary()}: ${err.message}${hint}`));
    });
    void closed.then(() => {
      const how = exitInfo?.signal ? `signal ${exitInfo.signal}` : `code ${exitInfo?.code}`;
      settle(new Error(`embedded Neo4j exited with ${how} before it was ready${describeTail()}`));
    });
  });

  // Neo4j plans its user lookup on the first login, which takes 20 s on a busy machine: longer
  // than a request waits for a connection. Log in once here, so "ready" means ready for the API.
  const login = neo4j.driver(uri, neo4j.auth.basic(BOLT_USER, password), {
    connectionTimeout: readyTimeoutMs,
    connectionAcquisitionTimeout: readyTimeoutMs,
  });
  const loginBy = Date.now() + readyTimeoutMs;
  try {
    for (;;) {
      try {
        await login.executeQuery('RETURN 1');
        break;
      } catch (error) {
        // A wrong password ends here; a login stopped by the transaction timeout is tried again.
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security.') || Date.now() > loginBy) {
          await stop();
          throw new Error(
            `embedded Neo4j refused the first login: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
  } finally {
    await login.close();
  }
  ready = true;
  return { uri, port, dataDir, user: BOLT_USER, password, pid: child.pid, stop };
}
