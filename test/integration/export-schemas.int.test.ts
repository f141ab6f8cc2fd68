import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTOR_COLORS } from '@splot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { ensureNetworkx, readWithNetworkx } from '../helpers/python.js';

// Issue 13 item 6: every GraphML and GEXF file, both modes, with and without filters and asOf,
// against the formats' official schemas (test/fixtures/xsd, see its README), with xmllint and no
// network; and a GEXF with the canvas layout opened by networkx with its viz attributes.

const XSD = fileURLToPath(new URL('../fixtures/xsd/', import.meta.url));

let api: Splot;
let dir: string;
beforeAll(async () => {
  api = await startTestApi();
  dir = mkdtempSync(join(tmpdir(), 'splot-export-xsd-'));
});
afterAll(async () => {
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** xmllint's verdict: null when valid, else its messages. */
function xmllint(file: string, args: string[]): string | null {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8', stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

async function download(path: string, init?: RequestInit): Promise<string> {
  const res = await fetch(`${api.url}${path}`, init);
  expect(res.status, path).toBe(200);
  const extension = /\.(gexf|graphml)\b/.exec(path)?.[1] ?? 'xml';
  const file = join(dir, `${Math.random().toString(36).slice(2)}-${path.replace(/\W+/g, '_')}.${extension}`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

/** The GEXF without its viz elements, for the published XSD that misplaces them (README). */
function withoutViz(file: string): string {
  const text = readFileSync(file, 'utf8');
  const stripped = text.replace(/<viz:(color|size|position|shape|thickness)\b[^>]*\/>/g, '');
  expect(stripped).not.toMatch(/<viz:/);
  const out = `${file}.noviz.gexf`;
  writeFileSync(out, stripped);
  return out;
}

const VARIANTS = [
  ['2607', ''],
  ['2607', 'asOf=2019-06-28'],
  ['2607', 'sourcedOnly=true'],
  ['24', 'sectors=PUBLIC,NGO&kinds=OPS,PCPR,FOUNDATION,CIS&tieKinds=PARTNERSHIP,STUDY_VISIT'],
  ['PL', 'asOf=2017-06-21&tieKinds=STUDY_VISIT,EVENT'],
] as const;
const MODES = ['INSTITUTIONS', 'AFFILIATIONS'] as const;
const CASES = MODES.flatMap((mode) => VARIANTS.map(([area, query]) => ({ mode, area, query })));

describe('exports validate against the official schemas (xmllint, no network)', () => {
  it.each(CASES)('GraphML $area $mode $query: GraphML 1.0 XSD', async ({ mode, area, query }) => {
    const file = await download(`/export/${area}.graphml?mode=${mode}${query ? `&${query}` : ''}`);
    expect(xmllint(file, ['--schema', join(XSD, 'graphml-1.0/graphml.xsd')])).toBeNull();
    // Typed keys: the weight is an int, the layout flag a boolean.
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('attr.name="weight" attr.type="int"');
    expect(text).toContain('attr.name="laidOut" attr.type="boolean"');
  });

  it.each(CASES)('GEXF $area $mode $query: GEXF 1.3 RELAX NG and XSD', async ({ mode, area, query }) => {
    const file = await download(`/export/${area}.gexf?mode=${mode}${query ? `&${query}` : ''}`);
    expect(readFileSync(file, 'utf8')).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/><viz:size value=/);
    expect(xmllint(file, ['--relaxng', join(XSD, 'gexf-1.3/gexf.rng')])).toBeNull();
    expect(xmllint(withoutViz(file), ['--schema', join(XSD, 'gexf-1.3/gexf.xsd')])).toBeNull();
  });

  it('a file that breaks the schema is refused (the check can fail)', async () => {
    const file = await download('/export/2607.graphml?mode=AFFILIATIONS');
    const broken = `${file}.broken.graphml`;
    writeFileSync(broken, readFileSync(file, 'utf8').replace(/<edge id="([^"]+)--/, '<edge id="$1->'));
    expect(xmllint(broken, ['--schema', join(XSD, 'graphml-1.0/graphml.xsd')])).toMatch(/NMTOKEN/);
    const gexf = await download('/export/2607.gexf');
    const misplaced = `${gexf}.misplaced.gexf`;
    writeFileSync(misplaced, readFileSync(gexf, 'utf8').replaceAll('<viz:color', '<color'));
    expect(xmllint(misplaced, ['--relaxng', join(XSD, 'gexf-1.3/gexf.rng')])).not.toBeNull();
  });

  it('the laid-out files (canvas positions posted) validate too, with typed double coordinates', async () => {
    const positions = await canvasPositions('2607', 'AFFILIATIONS');
    for (const format of ['graphml', 'gexf'] as const) {
      const file = await download(`/export/2607.${format}?mode=AFFILIATIONS`, post(positions));
      if (format === 'graphml') {
        expect(xmllint(file, ['--schema', join(XSD, 'graphml-1.0/graphml.xsd')])).toBeNull();
        expect(readFileSync(file, 'utf8')).toContain('attr.name="x" attr.type="double"');
      } else {
        expect(readFileSync(file, 'utf8')).toContain('<viz:position');
        expect(xmllint(file, ['--relaxng', join(XSD, 'gexf-1.3/gexf.rng')])).toBeNull();
        expect(xmllint(withoutViz(file), ['--schema', join(XSD, 'gexf-1.3/gexf.xsd')])).toBeNull();
      }
    }
  });
});

type Positions = Record<string, { x: number; y: number; size: number }>;

/** A layout as the explorer would send it: every node of the view on a circle, sizes 10–40. */
async function canvasPositions(teryt: string, mode: string): Promise<Positions> {
  const res = await gql<{ areaNetwork: { nodes: Array<{ id: string }> } }>(
    api.url,
    'query($t: String!, $m: NetworkMode) { areaNetwork(teryt: $t, mode: $m) { nodes { id } } }',
    { t: teryt, m: mode },
  );
  const nodes = res.data?.areaNetwork.nodes ?? [];
  expect(nodes.length).toBeGreaterThan(2);
  return Object.fromEntries(
    nodes.map((n, i) => [
      n.id,
      { x: Math.round(300 * Math.cos(i)), y: Math.round(300 * Math.sin(i)), size: 10 + (i % 4) * 10 },
    ]),
  );
}

const post = (positions: Positions): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ positions }),
});

describe('GEXF viz attributes, as networkx reads them', () => {
  it('colour of the sector, the size and the position the canvas sent (y up)', async () => {
    ensureNetworkx();
    const positions = await canvasPositions('2607', 'INSTITUTIONS');
    const file = await download('/export/2607.gexf', post(positions));
    const graph = readWithNetworkx([file])[file];
    const nodes = Object.entries(graph?.nodes ?? {});
    expect(nodes.length).toBe(Object.keys(positions).length);
    for (const [id, data] of nodes) {
      const viz = data.viz as {
        color: { r: number; g: number; b: number };
        size: number;
        position: { x: number; y: number };
      };
      const hex = SECTOR_COLORS[String(data.sector) as keyof typeof SECTOR_COLORS];
      const value = Number.parseInt(hex.slice(1), 16);
      expect(viz.color, id).toMatchObject({ r: value >> 16, g: (value >> 8) & 255, b: value & 255 });
      expect(viz.size, id).toBe(positions[id]?.size);
      expect(viz.position, id).toMatchObject({ x: positions[id]?.x, y: -(positions[id]?.y ?? 0) || 0 });
    }
  });

  it('a layout that is not numbers is refused, naming the node', async () => {
    const res = await fetch(`${api.url}/export/2607.gexf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ positions: { 'pcpr-ostrowiec': { x: 'left', y: 1 } } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'positions' });
  });
});
