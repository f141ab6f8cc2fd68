import autocannon from 'autocannon';
import { loadConfig } from '../config.js';
import { type Operation, requestMix } from '../loadtest/mix.js';
import { formatReport, summarise } from '../loadtest/report.js';
import { type Splot, startSplot } from '../startup.js';

// `pnpm loadtest`: replays a mix of the app's real queries against the API with many concurrent
// clients and reports throughput, p50/p95/p99 latency and errors. Loopback only, bounded in time.
// Without LOADTEST_URL it starts its own API (and the embedded database, unless NEO4J_URI is set)
// the way `npm start` does. Not part of the tests.
//
//   LOADTEST_CONNECTIONS  concurrent clients            (default 200, at most 2000)
//   LOADTEST_DURATION     seconds                       (default 60, at most 600)
//   LOADTEST_URL          an already running API        (http://127.0.0.1:… or localhost only)
//   LOADTEST_JSON         also write the report to this file

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
  const connections = boundedInt('LOADTEST_CONNECTIONS', 200, 2000);
  const duration = boundedInt('LOADTEST_DURATION', 60, 600);
  let own: Splot | null = null;
  let base = process.env.LOADTEST_URL?.replace(/\/+$/, '');
  if (base) {
    const host = new URL(base).hostname;
    if (!LOOPBACK.has(host))
      throw new Error(`LOADTEST_URL must point at this machine (loopback), not ${host}`);
  } else {
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
    const result = await finished;
    if (result.errors > 0) errors['socket errors (incl. timeouts)'] = result.errors;
    const report = summarise({
      target: `${base}/graphql`,
      connections,
      durationSeconds: (Date.now() - started) / 1000,
      latencies,
      errors,
    });
    console.log(formatReport(report));
    if (process.env.LOADTEST_JSON) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.LOADTEST_JSON, `${JSON.stringify(report, null, 2)}\n`);
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
