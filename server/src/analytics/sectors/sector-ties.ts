import { SECTOR_CODES } from '@splot/domain';
import type { AffiliationGroup, InstitutionRow } from '../../network/build-network.js';
import { indexMembers, walkTies } from '../../network/tie-walk.js';
import { type SectorNetwork, UNKNOWN_SECTOR } from '../measures/graph.js';

/**
 * All the sector measures need: for each institution, how many ties it has to each sector and
 * their summed weight. Sector × sector counts and every E-I index follow from these sums, so a
 * voivodeship's millions of ties never have to exist as objects.
 */
export interface SectorTies {
  /** The four sectors in the domain's order, then UNKNOWN etc. as they occur. */
  sectors: string[];
  nodes: ReadonlyArray<{ id: string; label: string; sector: string }>;
  /** Per node, its sector's index in `sectors`. */
  sectorOf: Int32Array;
  /** ties[node · sectors.length + s]: the node's ties to institutions of sector s. */
  ties: Float64Array;
  /** weight[node · sectors.length + s]: those ties' summed weights (shared affiliations). */
  weight: Float64Array;
}

/**
 * The sectors to show: all four (so the heatmap keeps its shape and a sector the area lacks shows
 * as zeros), or only the chosen ones when the institutions are filtered by sector (a sector left
 * out by the filter is not a zero the area has); then UNKNOWN etc. only when they occur.
 */
export function sectorOrder(nodes: SectorTies['nodes'], only?: readonly string[] | null): string[] {
  const order: string[] = only ? SECTOR_CODES.filter((s) => only.includes(s)) : [...SECTOR_CODES];
  for (const node of nodes) if (!order.includes(node.sector)) order.push(node.sector);
  return order;
}

function emptyTies(nodes: SectorTies['nodes'], only?: readonly string[] | null): SectorTies {
  const sectors = sectorOrder(nodes, only);
  const index = new Map(sectors.map((s, i) => [s, i]));
  const sectorOf = Int32Array.from(nodes, (n) => index.get(n.sector) ?? 0);
  const cells = nodes.length * sectors.length;
  return { sectors, nodes, sectorOf, ties: new Float64Array(cells), weight: new Float64Array(cells) };
}

/** From a network's ties (each counted once, as toSectorNetwork leaves them). */
export function sectorTiesOfNetwork(network: SectorNetwork): SectorTies {
  const out = emptyTies(network.nodes);
  const width = out.sectors.length;
  const rank = new Map<string, number>();
  network.nodes.forEach((node, i) => {
    if (!rank.has(node.id)) rank.set(node.id, i);
  });
  for (const { source, target, weight } of network.edges) {
    const a = rank.get(source);
    const b = rank.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const cell = from * width + (out.sectorOf[to] ?? 0);
      out.ties[cell] = (out.ties[cell] ?? 0) + 1;
      out.weight[cell] = (out.weight[cell] ?? 0) + weight;
    }
  }
  return out;
}

/**
 * From the area's institutions and its affiliations' members (what readAreaRows reads), with the
 * one-mode projection's rules (a tie's weight is the number of shared affiliations; members
 * outside the institutions are ignored) but walking each institution's co-members with a typed
 * array instead of building the ties: Σ members² steps, no allocation per tie.
 */
export function sectorTiesOfGroups(
  institutions: readonly InstitutionRow[],
  groups: readonly AffiliationGroup[],
  /** The sector filter the institutions were read with (sectorOrder); null or absent: none. */
  only?: readonly string[] | null,
): SectorTies {
  const nodes = institutions.map((i) => ({ id: i.id, label: i.label, sector: i.sector ?? UNKNOWN_SECTOR }));
  const out = emptyTies(nodes, only);
  const width = out.sectors.length;
  walkTies(
    indexMembers(
      nodes.map((node) => node.id),
      groups,
    ),
    (i, j, shared) => {
      const cell = i * width + (out.sectorOf[j] ?? 0);
      out.ties[cell] = (out.ties[cell] ?? 0) + 1;
      out.weight[cell] = (out.weight[cell] ?? 0) + shared;
    },
  );
  return out;
}
