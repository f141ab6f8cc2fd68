import { loadConfig } from '../../server/src/config.js';
import { startSplot } from '../../server/src/startup.js';
import { AreaNetworkDocument } from '../../web/src/api/operations.generated.js';
const splot = await startSplot(loadConfig({ ...process.env, PORT: '0', SEED_DEMO: 'false', LOG_LEVEL: 'silent', ANALYTICS_SNAPSHOT: 'false', READ_CACHE_MS: '0', GRAPHQL_RATE_LIMIT: '0' }));
const query = String(AreaNetworkDocument);
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  const res = await fetch(`${splot.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: JSON.stringify({ query, variables: { teryt: process.argv[2] ?? '1262' } }) });
  const buf = await res.arrayBuffer();
  console.log(`${(performance.now() - t).toFixed(0)} ms ${buf.byteLength}`);
}
await splot.stop();
