import type { Driver, Session } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import { type NetworkBoundary, splitBySize } from '../network/boundary.js';
import type { AffiliationGroup } from '../network/build-network.js';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import type { NetworkNodeType } from '../network/types.js';
import { measureExport } from './export-measures.js';
import { rows, slices } from './read-rows.js';
import { foldTies, MembershipTable } from './ties.js';
import type { ExportArea, ExportData, ExportEdge, ExportNode, ExportRequest } from './types.js';

export interface MembershipRow {
  institution: string;
  affiliation: string;
  type: 'PARTNERSHIP' | 'COLLABORATION';
  label: string;
  tieKind: string;
  start: string | null;
  end: string | null;
  role: string | null;
  affiliationStart: string | null;
  affiliationEnd: string | null;
  /** The affiliation cites a source. */
  sourced: boolean;
}

/** The export's partners outside its area (none for the whole country). */
interface Boundary {
  /** The area's own institutions, as export-institutions reads them. */
  inside: string[];
  /**
   * Partnerships and collaborations with a (current, filtered) member inside the area, of at most
   * BOUNDARY_MAX_MEMBERS members: those that tie it to institutions outside.
   */
  reach: Set<string>;
  /** The institutions outside it with a membership in one of those, by id. */
  outside: ExportNode[];
  /** The affiliations too large to reach outside through. */
  bound: NetworkBoundary;
}

/**
 * Reads the area's boundary the way areaNetwork does (area-network.ts): the members seated
 * outside the area of the affiliations of its institutions, kept when one of their memberships
 * passes the same date and tie-kind filters. Holds only ids and the outside institutions.
 */
async function readBoundary(
  session: Session,
  request: ExportRequest & { teryt: string },
  maxMembers: number,
): Promise<Boundary> {
  const { teryt, filter } = request;
  const params = { teryt, asOf: filter.asOf, sectors: filter.sectors, kinds: filter.kinds };
  const inside: string[] = [];
  for await (const r of rows<{ id: string }>(session, namedQuery('export-institutions'), params))
    inside.push(r.id);
  const filterParams = { asOf: filter.asOf, tieKinds: filter.tieKinds, sourcedOnly: filter.sourcedOnly };
  // Per affiliation: its label and type, and its members inside (for the cut list).
  const groups = new Map<string, AffiliationGroup>();
  for (const slice of slices(inside)) {
    for await (const m of rows<MembershipRow>(session, namedQuery('export-memberships'), {
      ids: slice,
      ...filterParams,
    })) {
      let group = groups.get(m.affiliation);
      if (!group) {
        group = { affiliation: m.affiliation, type: m.type, label: m.label, tieKind: m.tieKind, members: [] };
        groups.set(m.affiliation, group);
      }
      group.members.push([m.institution, null, null]);
    }
  }
  // A cut affiliation ties no one outside (as areaNetwork).
  const split = await splitBySize(session, [...groups.values()], maxMembers);
  const { bound } = split;
  const reach = new Set(split.reach);
  const candidates: Array<Omit<ExportNode, 'type' | 'end' | 'outside'>> = [];
  for (const slice of slices([...reach])) {
    const query = namedQuery('affiliation-outside-institutions');
    for await (const r of rows<(typeof candidates)[number]>(session, query, {
      ...params,
      affiliations: slice,
    })) {
      candidates.push(r);
    }
  }
  const tied = new Set<string>();
  for (const slice of slices(candidates.map((c) => c.id))) {
    for await (const m of rows<MembershipRow>(session, namedQuery('export-memberships'), {
      ids: slice,
      ...filterParams,
    })) {
      if (reach.has(m.affiliation)) tied.add(m.institution);
    }
  }
  const seen = new Set<string>();
  const outside = candidates
    .filter((c) => tied.has(c.id) && !seen.has(c.id) && seen.add(c.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c): ExportNode => ({ ...c, type: 'INSTITUTION', end: null, outside: true }));
  return { inside, reach, outside, bound };
}

/**
 * Opens an export of an area (or the country): reads the area tree and the area's boundary (its
 * partners outside it, as areaNetwork has them) now, and the nodes and edges lazily as the writer
 * asks for them. Only the exported ids are held in memory (a national export: ~150,000 strings),
 * never the records or the file. Null when the area does not exist.
 * The caller must call close() (the session) when done, also after a failure.
 */
export async function openExport(
  driver: Driver,
  request: ExportRequest,
  today: string,
  limits?: NetworkLimits,
): Promise<(ExportData & { close(): Promise<void> }) | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  const close = () => session.close();
  try {
    const { teryt, mode, filter } = request;
    const maxMembers = (limits ?? DEFAULT_NETWORK_LIMITS).boundaryMaxMembers;
    const boundary = teryt === null ? null : await readBoundary(session, { ...request, teryt }, maxMembers);
    const seats = [...new Set((boundary?.outside ?? []).flatMap((n) => (n.area === null ? [] : [n.area])))];
    const areas: ExportArea[] = [];
    for await (const a of rows<ExportArea>(session, namedQuery('export-areas'), { teryt, seats }))
      areas.push(a);
    const root =
      teryt === null
        ? { teryt: 'PL', name: 'Polska', level: 'COUNTRY' }
        : areas.find((a) => a.teryt === teryt);
    if (!root) {
      await close();
      return null;
    }
    const measured = await measureExport(session, request, limits);
    const header = {
      teryt: root.teryt,
      name: root.name,
      level: root.level,
      mode,
      filter,
      exportedOn: today,
      areas,
      measures: measured.measures,
      boundary: boundary?.bound ?? null,
    };

    const ids: string[] = [];
    const exported = new Set<string>();
    const outsideIds = new Set((boundary?.outside ?? []).map((n) => n.id));
    const filterParams = { asOf: filter.asOf, tieKinds: filter.tieKinds, sourcedOnly: filter.sourcedOnly };

    async function* institutions(): AsyncGenerator<ExportNode> {
      const query = namedQuery(teryt === null ? 'export-institutions-all' : 'export-institutions');
      const params = { teryt, asOf: filter.asOf, sectors: filter.sectors, kinds: filter.kinds };
      for await (const r of rows<Omit<ExportNode, 'type' | 'end' | 'outside'>>(session, query, params)) {
        ids.push(r.id);
        exported.add(r.id);
        yield { ...r, type: 'INSTITUTION', end: null, outside: false, measures: measured.valuesOf(r.id) };
      }
      for (const n of boundary?.outside ?? []) {
        exported.add(n.id);
        yield n;
      }
    }

    /** The memberships of the area's institutions, then (unless insideOnly) those of its partners outside in its affiliations. */
    async function* memberships(insideOnly = false): AsyncGenerator<MembershipRow> {
      for (const slice of slices(ids)) {
        yield* rows<MembershipRow>(session, namedQuery('export-memberships'), {
          ids: slice,
          ...filterParams,
        });
      }
      if (insideOnly || !boundary) return;
      for (const slice of slices([...outsideIds])) {
        for await (const m of rows<MembershipRow>(session, namedQuery('export-memberships'), {
          ids: slice,
          ...filterParams,
        })) {
          if (boundary.reach.has(m.affiliation)) yield m;
        }
      }
    }

    async function* nodes(): AsyncGenerator<ExportNode> {
      yield* institutions();
      if (mode === 'INSTITUTIONS') return;
      // Two-mode: each partnership/collaboration once, when its first exported member is seen.
      for await (const m of memberships(true)) {
        if (exported.has(m.affiliation)) continue;
        exported.add(m.affiliation);
        yield {
          id: m.affiliation,
          label: m.label,
          type: m.type as NetworkNodeType,
          sector: null,
          kind: m.type === 'PARTNERSHIP' ? null : m.tieKind,
          area: null,
          start: m.affiliationStart,
          end: m.affiliationEnd,
          outside: false,
        };
      }
    }

    async function* edges(): AsyncGenerator<ExportEdge> {
      if (mode === 'INSTITUTIONS') {
        // Every membership of an exported institution (both ends of a tie are then exported),
        // then the ties walked from them: member pairs never travel from the database. Two
        // partners outside the area are not one of its ties.
        const table = new MembershipTable();
        for await (const m of memberships()) table.add(m);
        yield* foldTies(table, outsideIds);
        return;
      }
      for await (const m of memberships()) {
        // Only towards nodes already written (the data may have changed between the two reads).
        if (!exported.has(m.affiliation)) continue;
        const span = { start: m.start, end: m.end };
        yield {
          id: `${m.institution}->${m.affiliation}`,
          source: m.institution,
          target: m.affiliation,
          weight: 1,
          kinds: [m.tieKind],
          ...span,
          spells: span.start === null && span.end === null ? [] : [span],
          role: m.role,
          sourced: m.sourced,
        };
      }
    }

    return { header, nodes: nodes(), edges: edges(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
