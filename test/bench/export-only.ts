import { parseArgs } from 'node:util';
import { findFreePort } from '../../server/src/db/embedded.js';
import { startApiProcess } from './api-process.js';
import { benchHttpExport } from './export-bench.js';

// `node --import tsx test/bench/export-only.ts --neo4j-uri bolt://… --area 14 [--mode institutions|affiliations]
//  [--format gexf]`: one HTTP export from an API started as `npm start` runs it, with its time, size
// and the peak RSS of the export process and of the API (pnpm bench does the same for two areas).
const { values } = parseArgs({
  options: {
    'neo4j-uri': { type: 'string' },
    area: { type: 'string', default: 'PL' },
    mode: { type: 'string', default: 'institutions' },
    format: { type: 'string', default: 'gexf' },
  },
});
const uri = values['neo4j-uri'];
if (!uri) throw new Error('--neo4j-uri is required (a database loaded with `pnpm synthetic --size L`)');
const api = await startApiProcess(uri, await findFreePort());
try {
  const url = `${api.url}/export/${values.area}.${values.format}?mode=${values.mode.toUpperCase()}`;
  console.log(JSON.stringify(await benchHttpExport(url, api.pid)));
} finally {
  await api.stop();
}
