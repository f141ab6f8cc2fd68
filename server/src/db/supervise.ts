import {
  type EmbeddedNeo4j,
  type StartEmbeddedNeo4jOptions,
  startEmbeddedNeo4j,
  type UnexpectedExit,
} from './embedded.js';

/** The few pino methods the supervisor logs with. */
export interface SuperviseLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SuperviseOptions extends Omit<StartEmbeddedNeo4jOptions, 'onUnexpectedExit'> {
  log: SuperviseLog;
  /** First wait before a restart (default 1 s); it doubles after each failed or short-lived start. */
  minDelayMs?: number;
  /** Longest wait between restarts (default 30 s). */
  maxDelayMs?: number;
  /** A database up this long counts as healthy again: the next restart waits minDelayMs (default 60 s). */
  stableMs?: number;
}

export interface SupervisedNeo4j extends EmbeddedNeo4j {
  /** Restarts done since the first start. */
  readonly restarts: number;
}

/**
 * The embedded Neo4j, started again whenever it dies (kill -9, out of memory, a crash) with
 * exponential backoff, every step logged. The URI, port and password stay the same, so the
 * driver reconnects by itself and /ready turns green again without restarting the API.
 */
export async function superviseEmbeddedNeo4j(options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { log, minDelayMs = 1_000, maxDelayMs = 30_000, stableMs = 60_000, ...rest } = options;
  // A restart after a crash replays Neo4j's transaction log: give it longer than a first start.
  const startOptions = { readyTimeoutMs: 300_000, ...rest };
  let current: EmbeddedNeo4j;
  let startedAt = Date.now();
  let failures = 0;
  let restarts = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<EmbeddedNeo4j> | undefined;

  const schedule = (why: object) => {
    if (stopped) return;
    const delayMs = Math.min(maxDelayMs, minDelayMs * 2 ** failures);
    failures += 1;
    log.warn({ ...why, delayMs, attempt: failures }, 'embedded Neo4j is down; restarting it');
    timer = setTimeout(() => void restart(), delayMs);
  };

  const onUnexpectedExit = (exit: UnexpectedExit) => {
    if (stopped) return;
    const upMs = Date.now() - startedAt;
    if (upMs >= stableMs) failures = 0;
    schedule({ code: exit.code, signal: exit.signal, upMs, tail: exit.tail.slice(-5) });
  };

  // Restarts use the password the first start settled on (given, or kept in the data directory).
  const start = () => startEmbeddedNeo4j({ ...startOptions, password: current.password, onUnexpectedExit });

  const restart = async () => {
    timer = undefined;
    if (stopped) return;
    const began = Date.now();
    starting = start();
    try {
      current = await starting;
      startedAt = Date.now();
      restarts += 1;
      log.info({ pid: current.pid, restarts, tookMs: startedAt - began }, 'embedded Neo4j restarted');
      if (stopped) await current.stop();
    } catch (error) {
      log.error(
        { reason: error instanceof Error ? error.message : String(error) },
        'embedded Neo4j did not start',
      );
      schedule({ failedStart: true });
    } finally {
      starting = undefined;
    }
  };

  current = await startEmbeddedNeo4j({ ...startOptions, onUnexpectedExit });
  startedAt = Date.now();

  return {
    uri: current.uri,
    port: current.port,
    dataDir: current.dataDir,
    user: current.user,
    password: current.password,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await starting?.catch(() => undefined);
      await current.stop();
    },
  };
}
