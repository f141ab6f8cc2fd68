import { join } from 'node:path';
import { isTerytCode } from '@splot/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../paths.js';
import { readAreas } from '../seed/read-seed.js';
import { generateSyntheticPoland, rowsDigest } from './generate.js';
import { buildPoland } from './geography.js';
import { generateInstitutions } from './institutions.js';
import { VOIVODESHIPS } from './poland.js';
import { Random } from './random.js';

const realAreas = readAreas(join(paths.seed, 'areas.csv'));
const small = (seed = 7, idPrefix = 'syn-') =>
  generateSyntheticPoland({ size: 'S', seed, idPrefix, realAreas });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('synthetic Poland generator', () => {
  it('gives the same rows for the same seed, other rows for another seed', () => {
    // Math.random would make it machine-dependent: it must never be called.
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const a = rowsDigest(small(7).rows);
    expect(rowsDigest(small(7).rows)).toBe(a);
    expect(rowsDigest(small(8).rows)).not.toBe(a);
  });

  it('gives every gmina its office and OPS, and every powiat its starostwo, PCPR and PUP', () => {
    const { rows, geography } = small();
    const count = (kind: string, area: string) =>
      rows.institutions.filter((i) => i.props.kind === kind && i.area.startsWith(area)).length;
    expect(geography.gminas.length).toBeGreaterThan(0);
    for (const g of geography.gminas) {
      expect(count('GMINA_OFFICE', g.teryt), g.teryt).toBe(1);
      expect(count('OPS', g.teryt), g.teryt).toBe(1);
    }
    for (const p of geography.powiats) {
      for (const kind of ['POWIAT_OFFICE', 'PCPR', 'PUP'])
        expect(count(kind, p.teryt), `${kind} ${p.teryt}`).toBe(1);
    }
  });

  it('marks every record synthetic, prefixes every id, and leaves no dangling reference', () => {
    const { rows } = small(3, 'syn-t-');
    const institutions = new Set(rows.institutions.map((i) => i.id));
    const partnerships = new Set(rows.partnerships.map((p) => p.id));
    const collaborations = new Set(rows.collaborations.map((c) => c.id));
    expect(institutions.size).toBe(rows.institutions.length);
    for (const id of [...institutions, ...partnerships, ...collaborations])
      expect(id.startsWith('syn-t-')).toBe(true);
    expect(rows.institutions.every((i) => i.props.synthetic === true)).toBe(true);
    expect([...rows.partnerships, ...rows.collaborations].every((x) => x.synthetic === true)).toBe(true);
    const pairs = new Set<string>();
    for (const m of rows.memberships) {
      expect(institutions.has(m.institution) && partnerships.has(m.partnership)).toBe(true);
      pairs.add(`${m.institution}>${m.partnership}`);
    }
    for (const p of rows.participations) {
      expect(institutions.has(p.institution) && collaborations.has(p.collaboration)).toBe(true);
      pairs.add(`${p.institution}>${p.collaboration}`);
    }
    expect(pairs.size).toBe(rows.memberships.length + rows.participations.length);
    expect(rows.partnerships.length + rows.collaborations.length).toBeGreaterThan(20);
  });

  it('spreads dates over 2005–2026, each membership within its partnership', () => {
    const { rows } = small();
    const partnership = new Map(rows.partnerships.map((p) => [p.id, p]));
    const dates = [...rows.partnerships, ...rows.collaborations].flatMap((x) =>
      'signedOn' in x ? [x.signedOn, x.endedOn] : [x.startedOn, x.endedOn],
    );
    const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2005);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    for (const m of rows.memberships) {
      const p = partnership.get(m.partnership);
      expect(m.since && p?.signedOn && m.since >= p.signedOn).toBe(true);
      if (m.until && m.since) expect(m.until >= m.since).toBe(true);
    }
  });

  it('uses the loaded areas and writes only made-up ones, under codes TERYT never gives', () => {
    const loaded = new Set(realAreas.map((a) => a.teryt));
    const { rows, geography } = small();
    // Powiat ostrowiecki is loaded with its six gminas: S adds no area.
    expect(geography.powiats.map((p) => p.teryt)).toEqual(['2607']);
    expect(rows.areas).toEqual([]);
    expect(rows.institutions.every((i) => loaded.has(i.area))).toBe(true);

    const standalone = generateSyntheticPoland({ size: 'S', scope: '8123', realAreas });
    expect(standalone.rows.areas.map((a) => a.level)).toEqual(['POWIAT', ...Array(6).fill('GMINA')]);
    for (const a of standalone.rows.areas) {
      expect(a.synthetic).toBe(true);
      expect(isTerytCode(a.teryt)).toBe(true);
      if (a.level === 'GMINA') expect(Number(a.teryt.slice(4, 6))).toBeGreaterThanOrEqual(70);
    }
  });

  it('builds all of Poland: 16 voivodeships, 380 powiats, 2,477 gminas', () => {
    const poland = buildPoland(realAreas, new Random(1, 'geography'));
    expect(poland.voivodeships).toHaveLength(16);
    expect(poland.powiats).toHaveLength(380);
    expect(poland.gminas).toHaveLength(VOIVODESHIPS.reduce((s, v) => s + v.gminas, 0));
    const codes = [...poland.powiats, ...poland.gminas].map((a) => a.teryt);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of [...poland.powiats, ...poland.gminas]) {
      expect(isTerytCode(a.teryt), a.teryt).toBe(true);
      // Made-up codes never take a real number: powiats 01–38 and 61–79, gminas below 70.
      if (a.synthetic && a.level === 'POWIAT') {
        const n = Number(a.teryt.slice(2));
        expect(n >= 39 && (n <= 60 || n >= 80), a.teryt).toBe(true);
      }
      if (a.synthetic && a.level === 'GMINA') expect(Number(a.teryt.slice(4, 6))).toBeGreaterThanOrEqual(70);
    }
  });

  it('has national counts of the right order (L institutions: ~150,000, ~250 CIS, ~1,500 social cooperatives)', () => {
    const poland = buildPoland(realAreas, new Random(1, 'geography'));
    const institutions = generateInstitutions(poland, new Random(1, 'institutions'), 'syn-', true);
    const count = (kind: string) => institutions.filter((i) => i.kind === kind).length;
    expect(institutions.length).toBeGreaterThan(140_000);
    expect(institutions.length).toBeLessThan(160_000);
    expect(count('GMINA_OFFICE')).toBe(2477);
    expect(count('PCPR')).toBe(380);
    const around = (kind: string, n: number) => {
      expect(count(kind), kind).toBeGreaterThan(n * 0.8);
      expect(count(kind), kind).toBeLessThan(n * 1.2);
    };
    around('CIS', 250);
    around('KIS', 300);
    around('WTZ', 700);
    around('ZAZ', 120);
    around('SOCIAL_COOPERATIVE', 1500);
    expect(count('ROPS')).toBe(16);
  });
});
