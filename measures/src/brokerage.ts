import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';

/**
 * Gould & Fernandez (1989) brokerage roles, with the institution's sector as its group.
 *
 * The roles are defined on directed two-paths a → b → c (a and c not tied), b being the broker:
 *   coordinator   a, b, c in one group
 *   consultant    a and c in one group, b in another (also called itinerant broker)
 *   representative  b in a's group, c outside     gatekeeper  b in c's group, a outside
 *   liaison       a, b, c in three groups
 *
 * Ties here are undirected (a shared partnership has no direction), so we count each unordered
 * two-path a – b – c once, with b as the broker. Without a direction, "b shares a group with
 * exactly one end" is both a representative and a gatekeeper path: such a path is counted once in
 * each of those two fields (they are always equal) and once in `total`. Reading every tie as two
 * arcs, as sna::brokerage does for symmetric data, would give the same gatekeeper/representative
 * counts and exactly twice ours for coordinator, consultant and liaison.
 */
export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  /** Unordered brokered two-paths: coordinator + consultant + gatekeeper (= representative) + liaison. */
  total: number;
  /** The paths that cross a sector boundary: total − coordinator. */
  crossSector: number;
}

/** Pair counts of one broker, before the closed pairs are taken out. */
const ROLE_FIELDS = ['coordinator', 'consultant', 'representative', 'liaison'] as const;
const COORDINATOR = 0;
const CONSULTANT = 1;
const REPRESENTATIVE = 2;
const LIAISON = 3;

/** Unordered pairs among c items (0, not −0, for none). */
const pairsOf = (c: number) => (c < 2 ? 0 : (c * (c - 1)) / 2);

/** Which role the pair (a, c) gives broker b, by the three sectors. */
function roleOf(gb: number, ga: number, gc: number): number {
  if (ga === gc) return ga === gb ? COORDINATOR : CONSULTANT;
  return ga === gb || gc === gb ? REPRESENTATIVE : LIAISON;
}

/**
 * Counted without visiting every pair of a broker's partners (a hub of 3,000 partners has 4.5M):
 * all pairs per role come from the broker's partner counts per sector, then each triangle
 * (found once, by the forward algorithm on degree order, O(m^1.5)) closes one pair for each of
 * its three corners.
 */
export function brokerageRoles({ ids, sectors, offsets, targets }: MeasureGraph): BrokerageRoles[] {
  const n = ids.length;
  const sectorIndex = new Map<string, number>();
  const sector = new Int32Array(n);
  ids.forEach((_id, i) => {
    const s = sectors[i] as string;
    let k = sectorIndex.get(s);
    if (k === undefined) {
      k = sectorIndex.size;
      sectorIndex.set(s, k);
    }
    sector[i] = k;
  });
  const groups = sectorIndex.size;
  const counts = new Float64Array(n * 4);
  const perSector = new Float64Array(groups);
  for (let b = 0; b < n; b++) {
    perSector.fill(0);
    for (let e = offsets[b] as number; e < (offsets[b + 1] as number); e++) {
      const g = sector[targets[e] as number] as number;
      perSector[g] = (perSector[g] as number) + 1;
    }
    const gb = sector[b] as number;
    const same = perSector[gb] as number;
    const others = (offsets[b + 1] as number) - (offsets[b] as number) - same;
    let consultant = 0;
    let squares = 0;
    for (let g = 0; g < groups; g++) {
      if (g === gb) continue;
      const c = perSector[g] as number;
      consultant += pairsOf(c);
      squares += c * c;
    }
    counts[b * 4 + COORDINATOR] = pairsOf(same);
    counts[b * 4 + CONSULTANT] = consultant;
    counts[b * 4 + REPRESENTATIVE] = same * others;
    counts[b * 4 + LIAISON] = (others * others - squares) / 2;
  }
  // Forward triangle listing: each tie kept once, towards its higher (degree, index) end, so every
  // triangle is found once from its lowest corner, reading only the forward ties (O(m^1.5)).
  const degree = (v: number) => (offsets[v + 1] as number) - (offsets[v] as number);
  const above = (u: number, v: number) => degree(v) > degree(u) || (degree(v) === degree(u) && v > u);
  const forwardStart = new Int32Array(n + 1);
  const forward = new Int32Array(targets.length / 2);
  let f = 0;
  for (let u = 0; u < n; u++) {
    forwardStart[u] = f;
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      const v = targets[e] as number;
      if (above(u, v)) forward[f++] = v;
    }
  }
  forwardStart[n] = f;
  const mark = new Int32Array(n).fill(-1);
  const close = (b: number, a: number, c: number) => {
    const k = b * 4 + roleOf(sector[b] as number, sector[a] as number, sector[c] as number);
    counts[k] = (counts[k] as number) - 1;
  };
  for (let u = 0; u < n; u++) {
    const from = forwardStart[u] as number;
    const to = forwardStart[u + 1] as number;
    for (let e = from; e < to; e++) mark[forward[e] as number] = u;
    for (let e = from; e < to; e++) {
      const v = forward[e] as number;
      for (let g = forwardStart[v] as number, end = forwardStart[v + 1] as number; g < end; g++) {
        const w = forward[g] as number;
        if (mark[w] === u) {
          close(u, v, w);
          close(v, u, w);
          close(w, u, v);
        }
      }
    }
  }
  return ids.map((_id, b) => {
    const [coordinator, consultant, representative, liaison] = ROLE_FIELDS.map(
      (_f, k) => counts[b * 4 + k] as number,
    ) as [number, number, number, number];
    const total = coordinator + consultant + representative + liaison;
    return {
      coordinator,
      consultant,
      representative,
      gatekeeper: representative,
      liaison,
      total,
      crossSector: total - coordinator,
    };
  });
}

export const brokerageMeasure: NodeMeasure = {
  id: 'brokerage',
  usesSectors: true,
  integer: true,
  fn: (graph) => brokerageRoles(graph).map((r) => r.total),
  label: { pl: 'Pośrednictwo G-F (razem)', en: 'Brokerage (total)' },
  meaning: {
    pl: 'Ile par jej partnerów nie współpracuje ze sobą bezpośrednio, więc łączy ich tylko ona (role Goulda i Fernandeza razem).',
    en: 'How many pairs of its partners do not work with each other directly, so only it connects them (Gould–Fernandez roles together).',
  },
  whenZero: {
    pl: '0, gdy każdy jej partner współpracuje z każdym innym (zamknięte grono, np. jedno partnerstwo) albo ma mniej niż dwóch partnerów.',
    en: '0 when every partner of it works with every other (a closed circle, e.g. one partnership) or it has fewer than two partners.',
  },
};
