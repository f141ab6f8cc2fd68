import { parseArgs } from 'node:util';
import { readBrokers } from '../../server/src/analytics/read-area-analytics.js';
import { createDriver } from '../../server/src/db/driver.js';

// `node --import tsx test/bench/event-loop-stall.ts --neo4j-uri bolt://… --area 1262`: how long the
// API's event loop (every other request) stands still while one brokers table is computed, next
// to how long the request takes. Ticks every 20 ms; the last gap is measured after the answer.
const { values } = parseArgs({
  options: { 'neo4j-uri': { type: 'string' }, area: { type: 'string', default: '1262' } },
});
const uri = values['neo4j-uri'];
if (!uri) throw new Error('--neo4j-uri is required (a database loaded with `pnpm synthetic --size L`)');
const driver = createDriver({ uri, password: process.env.NEO4J_PASSWORD ?? '' });
try {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 20);
  const started = performance.now();
  const report = await readBrokers(driver, {
    teryt: values.area,
    asOf: null,
    tieKinds: null,
    limit: 5,
    orderBy: 'BETWEENNESS',
  });
  longest = Math.max(longest, performance.now() - last);
  clearInterval(tick);
  console.log(
    JSON.stringify({
      area: values.area,
      institutions: report?.institutions,
      ties: report?.ties,
      brokersMs: Math.round(performance.now() - started),
      longestEventLoopStallMs: Math.round(longest),
    }),
  );
} finally {
  await driver.close();
}
process.exit(0);
