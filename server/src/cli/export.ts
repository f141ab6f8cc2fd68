import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig, networkLimits } from '../config.js';
import { startExport } from '../export/export-network.js';
import { EXPORT_FORMAT_NAMES, isExportFormat } from '../export/formats.js';
import { parseExportRequest } from '../export/request.js';
import { openCliDatabase, userPath } from './database.js';

const USAGE = `pnpm export --area TERYT|PL --format ${EXPORT_FORMAT_NAMES.join('|')} [options]

  --area       TERYT code of a voivodeship, powiat or gmina (e.g. 2607), or PL for the whole country
  --format     gexf (Gephi), graphml, csv.zip (nodes.csv + edges.csv), json (networkx node-link)
  --mode       institutions (one-mode, default) or affiliations (two-mode)
  --as-of      YYYY-MM-DD: the network as it was on that day
  --sectors    comma-separated sector codes, e.g. PUBLIC,NGO
  --kinds      comma-separated institution kinds, e.g. CIS,OPS
  --tie-kinds  comma-separated tie kinds, e.g. PARTNERSHIP,PROJECT
  --sourced-only  only ties that cite a source (unsourced partnerships and collaborations left out)
  --out        file to write (default: splot-<area>-<date>.<format> here); "-" for standard output`;

/** Peak resident memory of this process so far (Linux reports maxRSS in kilobytes). */
const peak = () => `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

// `pnpm export --area 2607 --format gexf [--out FILE]`: the same file as GET /export/2607.gexf.
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      area: { type: 'string' },
      format: { type: 'string' },
      mode: { type: 'string' },
      'as-of': { type: 'string' },
      sectors: { type: 'string' },
      kinds: { type: 'string' },
      'tie-kinds': { type: 'string' },
      'sourced-only': { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.area || !values.format) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const format = values.format.toLowerCase();
  if (!isExportFormat(format)) {
    console.error(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}, not "${values.format}".`);
    return 2;
  }
  let request: ReturnType<typeof parseExportRequest>;
  try {
    request = parseExportRequest({
      area: values.area,
      mode: values.mode,
      asOf: values['as-of'],
      sectors: values.sectors,
      kinds: values.kinds,
      tieKinds: values['tie-kinds'],
      sourcedOnly: values['sourced-only'] ? 'true' : undefined,
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    console.error(
      `${error.message} (--${String(error.extensions.argumentName).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`,
    );
    return 2;
  }

  const config = loadConfig();
  const db = await openCliDatabase(config);
  try {
    const started = await startExport(db.driver, request, format, undefined, networkLimits(config));
    if (!started) {
      console.error(`No area has the TERYT code "${values.area}" in ${db.description}.`);
      return 1;
    }
    const began = Date.now();
    if (values.out === '-') {
      const counts = await started.writeTo(process.stdout);
      console.error(`${counts.nodes} nodes, ${counts.edges} edges in ${Date.now() - began} ms, ${peak()}`);
      return 0;
    }
    // Written under a temporary name and renamed at the end: a failed export leaves no half file.
    const target = userPath(values.out ?? started.fileName);
    const partial = `${target}.part`;
    const file = createWriteStream(partial);
    try {
      const counts = await started.writeTo(file);
      await new Promise<void>((resolve, reject) =>
        file.end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      await rename(partial, target);
      console.error(
        `${target}: ${counts.nodes} nodes, ${counts.edges} edges in ${Date.now() - began} ms, ${peak()}`,
      );
      return 0;
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
