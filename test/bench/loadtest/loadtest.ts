import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { mintToken } from '../../../server/src/auth/mint-token.js';
import { loadConfig } from '../../../server/src/config.js';
import { type Splot, startSplot } from '../../../server/src/startup.js';
import { type Operation, requestMix } from './mix.js';
import { formatReport, type LoadReport, summarise } from './report.js';
import { parseMix, presentIds, removeWrites, runWriters } from './writers.js';

// `pnpm loadtest`: replays a mix of the app's real queries against the API with many concurrent
// clients and reports throughput, p50/p95/p99 latency and errors. Loopback only, bounded in time.
// Without LOADTEST_URL it starts its own API (and the embedded database, unless NEO4J_URI is set)
// the way `npm start` does. Not part of the tests.
//
//   LOADTEST_CONNECTIONS  concurrent clients            (default 200, at most 2000)
//   LOADTEST_DURATION     seconds                       (default 60, at most 600)
//   LOADTEST_URL          an already running API        (http://127.0.0.1:… or localhost only)
//   LOADTEST_JSON         also write the report to this file
//
// `pnpm loadtest --mix 20w:100r --seconds 30`: 100 readers replay the mix while 20 writers create
// partnerships (each acknowledged write's id kept); afterwards every acknowledged write must be
// in the database (read back through the API), then the writes are deleted again. Against
// LOADTEST_URL the writers need LOADTEST_TOKEN (an editor's or admin's token).

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function boundedInt(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max} (got "${raw}")`);
  }
  return value;
}

async function gql<T>(base: string, query: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`the API answered: ${body.errors?.[0]?.message ?? res.status}`);
  return body.data;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { mix: { type: 'string' }, seconds: { type: 'string' } } });
  const mixed = args.mix === undefined ? null : parseMix(args.mix);
  if (args.seconds !== undefined) process.env.LOADTEST_DURATION = args.seconds;
  if (mixed) process.env.LOADTEST_CONNECTIONS = String(mixed.readers);
  const connections = boundedInt('LOADTEST_CONNECTIONS', 200, 2000);
  const duration = boundedInt('LOADTEST_DURATION', 60, 600);
  let own: Splot | null = null;
  let base = process.env.LOADTEST_URL?.replace(/\/+$/, '');
  let token = process.env.LOADTEST_TOKEN ?? '';
  if (base) {
    const host = new URL(base).hostname;
    if (!LOOPBACK.has(host))
      throw new Error(`LOADTEST_URL must point at this machine (loopback), not ${host}`);
    if (mixed && !token)
      throw new Error('--mix against LOADTEST_URL needs LOADTEST_TOKEN (an editor or admin)');
  } else {
    // The writers sign in with a token of a secret made for this run (unless one is configured).
    const secret = process.env.JWT_SECRET ?? randomBytes(32).toString('hex');
    if (mixed) token = await mintToken({ secret, role: 'admin', subject: 'loadtest' });
    console.error('starting the API (and the embedded database) for the load test…');
    // Request logging at info would put one line per request on the test's own CPU.
    own = await startSplot(
      loadConfig({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        // All the load test's clients share one address: per-client limits would measure 429s.
        GRAPHQL_RATE_LIMIT: process.env.GRAPHQL_RATE_LIMIT ?? '0',
        ...(mixed && !process.env.JWKS_URL ? { JWT_SECRET: secret } : {}),
      }),
    );
    base = own.url;
  }

  try {
    const { areasWithData } = await gql<{ areasWithData: Array<{ teryt: string }> }>(
      base,
      '{ areasWithData { teryt } }',
    );
    if (areasWithData.length === 0)
      throw new Error('the database holds no area with data: load the demo data');
    const mix = requestMix(areasWithData.map((a) => a.teryt));
    console.error(
      `${mix.length} operations (${[...new Set(mix.map((o) => o.name))].join(', ')}) over ${areasWithData.length} areas; ` +
        `${connections} clients for ${duration} s against ${base}`,
    );
    // Warm up: every query shape once, so the measurement is not of Cypher planning.
    for (const operation of mix) await fetch(`${base}/graphql`, request(operation));

    const errors: Record<string, number> = {};
    const count = (kind: string) => {
      errors[kind] = (errors[kind] ?? 0) + 1;
    };
    const latencies: number[] = [];
    const started = Date.now();
    let finish: (result: autocannon.Result) => void = () => {};
    let fail: (error: unknown) => void = () => {};
    const finished = new Promise<autocannon.Result>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 30,
        requests: mix.map((operation) => ({
          ...request(operation),
          path: '/graphql',
          onResponse: (status: number, body: string) => {
            if (status !== 200) count(`HTTP ${status}`);
            if (body.includes('"errors"')) {
              const codes = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> })
                .errors;
              for (const e of codes ?? []) count(e.extensions?.code ?? 'GraphQL error without code');
            }
          },
        })),
      },
      (error, result) => (error ? fail(error) : finish(result)),
    );
    // autocannon passes (client, status, bytes, ms) although its typings omit the client.
    instance.on('response', ((...args: unknown[]) => {
      latencies.push(Number(args[3]));
    }) as never);
    const writing = mixed
      ? runWriters({
          base,
          token,
          writers: mixed.writers,
          prefix: `loadtest ${new Date().toISOString()}`,
          teryt: areasWithData[0]?.teryt as string,
          until: finished,
        })
      : null;
    const result = await finished;
    if (result.errors > 0) errors['socket errors (incl. timeouts)'] = result.errors;
    const durationSeconds = (Date.now() - started) / 1000;
    const report = summarise({ target: `${base}/graphql`, connections, durationSeconds, latencies, errors });
    console.log(mixed ? `reads\n${formatReport(report)}` : formatReport(report));
    let writes: (LoadReport & { acknowledged: number; present: number }) | null = null;
    if (writing) {
      const outcome = await writing;
      const present = await presentIds(base, token, outcome.acknowledged);
      const missing = outcome.acknowledged.filter((id) => !present.has(id));
      writes = {
        ...summarise({
          target: `${base}/graphql (createPartnerships)`,
          connections: mixed?.writers ?? 0,
          durationSeconds,
          latencies: outcome.latencies,
          errors: outcome.errors,
        }),
        acknowledged: outcome.acknowledged.length,
        present: outcome.acknowledged.length - missing.length,
      };
      console.log(`writes\n${formatReport(writes)}`);
      console.log(
        `acknowledged ${writes.acknowledged} writes, present afterwards ${writes.present}` +
          (missing.length > 0 ? ` — MISSING: ${missing.slice(0, 10).join(', ')}` : ' (none lost)'),
      );
      console.log(
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      await removeWrites(base, token, outcome.acknowledged);
      if (missing.length > 0 || writes.errorCount > 0) process.exitCode = 1;
    }
    if (process.env.LOADTEST_JSON) {
      const { writeFile } = await import('node:fs/promises');
      const json = writes ? { reads: report, writes, loadavg: loadavg() } : report;
      await writeFile(process.env.LOADTEST_JSON, `${JSON.stringify(json, null, 2)}\n`);
    }
    if (report.errorCount > 0) process.exitCode = 1;
  } finally {
    await own?.stop();
  }
}

function request(operation: Operation) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: undefined,
      query: operation.query,
      variables: operation.variables ?? {},
    }),
  };
}

main().catch((error: unknown) => {
  console.error(`load test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
