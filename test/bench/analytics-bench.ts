import { parseArgs } from 'node:util';
import { readInstitutionMissingPartners } from '../../server/src/analytics/missing-partners/read-missing-partners.js';
import { warmSnapshot } from '../../server/src/analytics/missing-partners/snapshot/read-affiliation-snapshot.js';
import { readSectorMatrix } from '../../server/src/analytics/read-area-analytics.js';
import { readCoverageGaps } from '../../server/src/analytics/sectors/read-coverage-gaps.js';
import { openCliDatabase } from '../../server/src/cli/database.js';
import { loadConfig } from '../../server/src/config.js';

// `pnpm bench:analytics [--institutions 30] [--repeat 3] [--asOf YYYY-MM-DD] [--skip sectorMatrix]`: times sectorMatrix and
// missingPartners (the plain modules, on the driver: database read + computation) on the largest
// dataset at hand — NEO4J_URI if set, else the embedded database in NEO4J_DATA_DIR (.data/neo4j;
// stop `npm start` first). For national scale load the synthetic data first: `pnpm synthetic --size L`.
const { values } = parseArgs({
  options: {
    institutions: { type: 'string', default: '30' },
    repeat: { type: 'string', default: '3' },
    asOf: { type: 'string' },
    // sectorMatrix, coverageGaps and/or missingPartners (comma-separated).
    skip: { type: 'string', default: '' },
    // missingPartners from Cypher only, without the in-memory snapshot (read-affiliation-snapshot.ts).
    'no-snapshot': { type: 'boolean', default: false },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const asOf = values.asOf ?? null;
const repeat = Number(values.repeat);

interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}
function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(at(50)), p95: r(at(95)), max: r(s[s.length - 1] ?? NaN) };
}
async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const out = await fn();
  return [out, performance.now() - start];
}
// Deterministic sample (mulberry32), so two runs time the same institutions.
function sample<T>(items: T[], n: number, seed = 4): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

const config = loadConfig();
const database = await openCliDatabase(config);
const { driver } = database;

try {
  const count = async (q: string, p: Record<string, unknown> = {}) =>
    (await driver.executeQuery(q, p)).records.map((r) => r.toObject());
  const [totals] = await count(
    `RETURN COUNT { (:Institution) } AS institutions, COUNT { (:Partnership) } AS partnerships,
            COUNT { (:Collaboration) } AS collaborations`,
  );
  console.log(`dataset: ${JSON.stringify(totals)}${asOf ? `, asOf ${asOf}` : ''}`);
  // Institutions per voivodeship and powiat, summed in JS from the seats (one cheap query).
  const seats = await count(
    'MATCH (:Institution)-[:LOCATED_IN]->(a:Area) RETURN a.teryt AS teryt, count(*) AS n',
  );
  const under = new Map<string, number>();
  for (const { teryt, n } of seats) {
    for (const length of [2, 4]) {
      const code = String(teryt);
      if (code.length >= length)
        under.set(code.slice(0, length), (under.get(code.slice(0, length)) ?? 0) + Number(n));
    }
  }
  const areas = [...under]
    .map(([teryt, n]) => ({ teryt, n, level: teryt.length === 2 ? 'VOIVODESHIP' : 'POWIAT' }))
    .sort((a, b) => b.n - a.n);
  const voivodeship = areas.find((a) => a.level === 'VOIVODESHIP');
  if (!voivodeship)
    throw new Error('No institutions in the database: load the demo or synthetic data first.');
  const powiats = areas.filter((a) => a.level === 'POWIAT').slice(0, 10);

  // sectorMatrix and coverageGaps: the whole largest voivodeship, then its ten largest powiats (any
  // voivodeship), through the resolvers' modules (database read + computation).
  const measures: Array<[string, (teryt: string) => Promise<string | null>]> = [
    [
      'sectorMatrix',
      async (teryt) => {
        const report = await readSectorMatrix(driver, { teryt, asOf, tieKinds: null });
        return report && `${report.institutions} institutions, ${report.ties} ties`;
      },
    ],
    [
      'coverageGaps',
      async (teryt) => {
        const report = await readCoverageGaps(driver, { teryt, asOf });
        return report && `${report.withoutCrossSectorTie.length} without a cross-sector tie`;
      },
    ],
  ];
  for (const [name, measure] of measures) {
    if (skip.has(name)) continue;
    for (const [label, list] of [
      ['voivodeship', [voivodeship]],
      ['powiats', powiats],
    ] as const) {
      await measure(String(list[0]?.teryt)).catch(() => null); // warm-up: query plans, page cache
      const totalMs: number[] = [];
      let size = '';
      let failed = '';
      for (const area of list) {
        for (let i = 0; i < repeat && !failed; i++) {
          const [r, ms] = await time(() =>
            measure(String(area.teryt)).catch((error: Error) => {
              failed = `${area.teryt}: ${error.message.slice(0, 120)}`;
              return null;
            }),
          );
          if (!r) break;
          totalMs.push(ms);
          size ||= r;
        }
      }
      if (failed) console.log(`${name} ${label}: failed on ${failed}`);
      console.log(
        `${name} ${label} (${list.length} area(s), largest ${list[0]?.teryt}: ${size}) ms:`,
        JSON.stringify({ total: summarize(totalMs) }),
      );
    }
  }

  async function timeMissingPartners(voivodeship: { teryt: string; n: number }) {
    // missingPartners: a seeded sample of the largest voivodeship's institutions, plus its best-connected.
    const ids = (
      await count(
        `MATCH (i:Institution)-[:LOCATED_IN]->(a:Area) WHERE a.teryt STARTS WITH $teryt
         RETURN i.id AS id, COUNT { (i)-[:MEMBER_OF|TAKES_PART]->() } AS affiliations ORDER BY affiliations DESC, id`,
        { teryt: voivodeship.teryt },
      )
    ).map((r) => String(r.id));
    const chosen = [...new Set([ids[0] as string, ...sample(ids, Number(values.institutions))])];
    const ms: number[] = [];
    const failures: string[] = [];
    const partnerCounts: number[] = [];
    const useSnapshot = !values['no-snapshot'];
    if (useSnapshot) {
      // Built once per data version (the API starts it at start-up); timed apart from the requests.
      const [snapshot, buildMs] = await time(() => warmSnapshot(driver));
      console.log(
        `  affiliation snapshot: ${snapshot ? `${snapshot.places.length} institutions, ${snapshot.affiliationMember.length} memberships` : 'not built (data changed while reading)'}, ${Math.round(buildMs)} ms`,
      );
    }
    const from = { snapshot: 0, database: 0 };
    for (const [k, institutionId] of chosen.entries()) {
      for (let i = 0; i < repeat; i++) {
        try {
          const [result, t] = await time(() =>
            readInstitutionMissingPartners(
              driver,
              { institutionId, asOf, limit: 10 },
              { snapshot: useSnapshot },
            ),
          );
          ms.push(t);
          if (result) from[result.answeredFrom]++;
          if (i === 0) partnerCounts.push(result?.partners.length ?? 0);
          if (k === 0 && i === 0)
            console.log(`  hub ${institutionId}: ${result?.partners.length} partners, ${Math.round(t)} ms`);
        } catch (error) {
          failures.push(`${institutionId}: ${(error as Error).message.slice(0, 60)}`);
          break;
        }
      }
    }
    const partners = summarize(partnerCounts);
    console.log(
      `missingPartners (${chosen.length} institutions of ${voivodeship.teryt}, pool ${voivodeship.n}; partners p50 ${partners.p50}, max ${partners.max}) ms:`,
      JSON.stringify(summarize(ms)),
      `answered from the snapshot ${from.snapshot}, from Cypher ${from.database}`,
      failures.length > 0 ? `failed: ${failures.join('; ')}` : '',
    );
  }
  if (!skip.has('missingPartners')) await timeMissingPartners(voivodeship);
} finally {
  await database.close();
}
