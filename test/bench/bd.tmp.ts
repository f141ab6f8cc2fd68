import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { expandEdges } from '@splot/domain';
import neo4j from 'neo4j-driver';
import { AreaNetworkDocument } from '../../web/src/api/operations.generated.js';
import { readAreaRows } from '../../server/src/network/area-network.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import { startApiProcess } from './api-process.js';
const uri = process.env.NEO4J_URI!;
const api = await startApiProcess(uri, 47123, { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!, ANALYTICS_SNAPSHOT: 'false', READ_CACHE_MS: '0' });
const d = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const query = String(AreaNetworkDocument);
function post(teryt: string, enc: string): Promise<{ ttfb: number; done: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const u = new URL(`${api.url}/graphql`);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': enc } }, (res) => {
      const ttfb = performance.now() - t0;
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ttfb, done: performance.now() - t0, body: Buffer.concat(chunks), encoding: String(res.headers['content-encoding'] ?? '') }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables: { teryt } }));
  });
}
const f = (x: number) => x.toFixed(0).padStart(5);
for (const teryt of process.argv.slice(2)) for (let r = 0; r < 4; r++) {
  let t = performance.now();
  const s = d.session({ defaultAccessMode: 'READ' });
  await s.executeRead((tx) => readAreaRows(tx, { teryt, mode: 'INSTITUTIONS', filter: NO_FILTER }));
  await s.close();
  const drv = performance.now() - t;
  for (const enc of ['br', 'identity']) {
    const res = await post(teryt, enc);
    t = performance.now();
    const raw = res.encoding === 'br' ? brotliDecompressSync(res.body) : res.body;
    const dec = performance.now() - t; t = performance.now();
    const json = JSON.parse(raw.toString('utf8'));
    const parse = performance.now() - t; t = performance.now();
    const { nodes, compactEdges } = json.data.areaNetwork;
    expandEdges(nodes, compactEdges);
    const back = performance.now() - t;
    console.log(`${teryt} ${enc.padEnd(8)} driver ${f(drv)} | ttfb ${f(res.ttfb)} body ${f(res.done)} (${(res.body.length / 1e6).toFixed(2)} MB) decode ${f(dec)} parse ${f(parse)} readBack ${f(back)} = ${f(res.done + dec + parse + back)}`);
  }
}
await d.close(); await api.stop();
