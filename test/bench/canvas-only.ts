/**
 * The canvas part of the bench alone, without a database: the same views as `pnpm bench` (the
 * first powiats of the largest voivodeship, cut to 1,000 / 5,000 / 10,000 institutions, tied as
 * areaNetwork ties them) built straight from the generator's rows. `--edges-per-node k` keeps the
 * k·n heaviest ties, to see what the node count alone costs when the ties are thinned.
 *
 * The page draws each view the way the explorer does (its backbone of the strongest ties on
 * 'auto', see web/src/core/network/backbone.ts); `--top-ties all|1|2|3|5|10` picks another
 * choice of the "ties drawn" control.
 *
 *   node --import tsx test/bench/canvas-only.ts [--edges-per-node 2] [--layouts app,grid]
 *        [--renderers canvas,webgl] [--top-ties auto] [--sizes 1000,5000,10000] [--screenshots]
 *        [--cache /tmp/splot-canvas]   (keeps the generated views for the next run)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Rows } from '../../server/src/db/rows.js';
import { type AffiliationRow, buildInstitutionNetwork } from '../../server/src/network/build-network.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { generateSyntheticPoland } from '../../server/src/synthetic/generate.js';
import type { BenchLayout, BenchNetwork, BenchTopTies } from './canvas/types.js';
import { benchCanvas } from './canvas-bench.js';
import { benchOutDir } from './out-dir.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '1000,5000,10000' },
    layouts: { type: 'string', default: 'app,grid' },
    renderers: { type: 'string', default: 'canvas,webgl' },
    'top-ties': { type: 'string', default: 'auto' },
    screenshots: { type: 'boolean', default: false },
    'cpu-profile': { type: 'boolean', default: false },
    /** A path prefix: the generated views are kept there and read back on the next run. */
    cache: { type: 'string' },
    'edges-per-node': { type: 'string' },
    out: {
      type: 'string',
      default: join(benchOutDir(), 'canvas.json'),
    },
  },
});

/** Membership rows as areaNetwork reads them (institution-affiliations.cypher, no date filter). */
function affiliationRows(rows: Rows, ids: Set<string>): AffiliationRow[] {
  const partnerships = new Map(rows.partnerships.map((p) => [p.id, p]));
  const collaborations = new Map(rows.collaborations.map((c) => [c.id, c]));
  const out: AffiliationRow[] = [];
  for (const m of rows.memberships) {
    const p = partnerships.get(m.partnership);
    if (!p || !ids.has(m.institution)) continue;
    out.push({
      institution: m.institution,
      affiliation: p.id,
      type: 'PARTNERSHIP',
      label: p.name,
      tieKind: 'PARTNERSHIP',
      start: m.since ?? p.signedOn,
      end: m.until ?? p.endedOn,
    });
  }
  for (const t of rows.participations) {
    const c = collaborations.get(t.collaboration);
    if (!c || !ids.has(t.institution)) continue;
    out.push({
      institution: t.institution,
      affiliation: c.id,
      type: 'COLLABORATION',
      label: c.title,
      tieKind: c.kind,
      start: c.startedOn,
      end: c.endedOn,
    });
  }
  return out.sort((a, b) =>
    a.institution < b.institution
      ? -1
      : a.institution > b.institution
        ? 1
        : a.affiliation < b.affiliation
          ? -1
          : 1,
  );
}

/** The views, from the generator (about a minute for L) or from --cache when it was written before. */
function buildNetworks(): BenchNetwork[] {
  const { rows } = generateSyntheticPoland({
    size: 'L',
    seed: Number(values.seed),
    realAreas: readAreas(join(paths.seed, 'areas.csv')),
  });
  const perVoivodeship = new Map<string, number>();
  for (const i of rows.institutions)
    perVoivodeship.set(i.area.slice(0, 2), (perVoivodeship.get(i.area.slice(0, 2)) ?? 0) + 1);
  const largest = [...perVoivodeship.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '14';
  // Institutions in powiat order (then id), as networkOfSize reads them powiat by powiat.
  const inVoivodeship = rows.institutions
    .filter((i) => i.area.startsWith(largest))
    .sort((a, b) => a.area.slice(0, 4).localeCompare(b.area.slice(0, 4)) || (a.id < b.id ? -1 : 1));
  const edgesPerNode = values['edges-per-node'] ? Number(values['edges-per-node']) : null;

  const networks: BenchNetwork[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const chosen = inVoivodeship.slice(0, size).map((i) => ({
      id: i.id,
      label: String(i.props.name),
      kind: String(i.props.kind),
      sector: i.sector,
    }));
    const net = buildInstitutionNetwork(
      { teryt: largest, name: `${size} institutions`, level: 'VOIVODESHIP' },
      chosen,
      affiliationRows(rows, new Set(chosen.map((c) => c.id))),
    );
    let edges = net.edges.map(({ id, source, target, weight }) => ({ id, source, target, weight }));
    if (edgesPerNode !== null) {
      edges = edges
        .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
        .slice(0, Math.floor(edgesPerNode * chosen.length));
    }
    networks.push({ area: net.area, nodes: net.nodes, edges });
  }
  return networks;
}

const loadBefore = loadavg();
const cacheFile = values.cache
  ? `${values.cache}-${values.seed}-${values.sizes}-${values['edges-per-node'] ?? 'all'}.json`
  : null;
const networks: BenchNetwork[] =
  cacheFile && existsSync(cacheFile)
    ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as BenchNetwork[])
    : buildNetworks();
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(networks));
console.log(`canvas: ${networks.map((n) => `${n.nodes.length} nodes/${n.edges.length} edges`).join(', ')}`);
const cases = await benchCanvas(networks, values.layouts.split(',') as BenchLayout[], {
  timeoutMs: 60_000,
  renderers: values.renderers.split(',') as Array<'canvas' | 'webgl'>,
  topTies: values['top-ties'] as BenchTopTies,
  screenshots: values.screenshots,
  cpuProfile: values['cpu-profile'],
  onCase: (c) =>
    console.log(
      `  ${c.nodes} nodes, ${c.edges} of ${c.totalEdges ?? '?'} ties drawn (k ${c.k ?? 'all'}) ${c.renderer} ${c.layout}: ${c.firstFrameMs ?? '—'} ms (derived ${c.derivedMs ?? '—'} ms, mount→ready ${c.layoutMs ?? '—'} ms), ${c.panFps ?? '—'} fps panned by script, ${c.dragFps ?? '—'} fps dragged; sigma.js ${c.sigmaFirstFrameMs ?? '—'} ms (×${c.vsSigma ?? '—'}) ${c.note ?? ''}`,
    ),
});
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify(
    {
      seed: Number(values.seed),
      voivodeship: networks[0]?.area.teryt,
      edgesPerNode: values['edges-per-node'] ?? null,
      topTies: values['top-ties'],
      load: { before: loadBefore, after: loadavg() },
      cases,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${values.out}`);
