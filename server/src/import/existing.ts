import type { ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';

// What the database already holds for the records of an import file and the ids they refer to:
// the properties to compare (created, updated or unchanged?) and to keep when the file leaves them out.

export type Props = Record<string, unknown>;

export interface Affiliation {
  props: Props;
  covers: string[];
  /** source id → quote */
  citations: Map<string, string | null>;
  /** TERYT codes of the members' (participants') seats, for the editors' region rule. */
  memberSeats: string[];
}

export interface Existing {
  sectors: boolean;
  areas: Map<string, { name: string; level: string; parent: string | null }>;
  institutions: Map<string, Props>;
  partnerships: Map<string, Affiliation>;
  collaborations: Map<string, Affiliation>;
  sources: Map<string, Props>;
  /** "partnership\u0000institution" → membership properties */
  members: Map<string, Props>;
  /** "collaboration\u0000institution" → participation properties */
  participants: Map<string, Props>;
}

export interface Wanted {
  areas: string[];
  institutions: string[];
  partnerships: string[];
  collaborations: string[];
  sources: string[];
  members: Array<{ partnership: string; institution: string }>;
  participants: Array<{ collaboration: string; institution: string }>;
}

export const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function emptyExisting(): Existing {
  return {
    sectors: false,
    areas: new Map(),
    institutions: new Map(),
    partnerships: new Map(),
    collaborations: new Map(),
    sources: new Map(),
    members: new Map(),
    participants: new Map(),
  };
}

const BATCH = 10_000;

async function each<T>(
  tx: ManagedTransaction,
  query: string,
  items: unknown[],
  key: string,
  take: (row: T) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    const result = await tx.run(namedQuery(query), { [key]: items.slice(i, i + BATCH) });
    for (const record of result.records) take(record.toObject() as T);
  }
}

/** Reads, inside the import's transaction, everything the file's records touch. */
export async function loadExisting(tx: ManagedTransaction, wanted: Wanted): Promise<Existing> {
  const existing = emptyExisting();
  const sectors = await tx.run('MATCH (s:Sector) RETURN count(s) AS n');
  existing.sectors = (sectors.records[0]?.get('n') as number) > 0;
  await each<{ teryt: string; name: string; level: string; parent: string | null }>(
    tx,
    'import-existing-areas',
    wanted.areas,
    'codes',
    (a) => existing.areas.set(a.teryt, a),
  );
  await each<{ id: string; props: Props }>(
    tx,
    'import-existing-institutions',
    wanted.institutions,
    'ids',
    (r) => existing.institutions.set(r.id, r.props),
  );
  for (const label of ['Partnership', 'Collaboration'] as const) {
    const target = label === 'Partnership' ? existing.partnerships : existing.collaborations;
    const ids = label === 'Partnership' ? wanted.partnerships : wanted.collaborations;
    const result: Array<{
      id: string;
      props: Props;
      covers: string[];
      memberSeats: string[];
      citations: Array<{ source: string; quote: string | null }>;
    }> = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const query =
        label === 'Partnership' ? 'import-existing-partnerships' : 'import-existing-collaborations';
      const r = await tx.run(namedQuery(query), { ids: ids.slice(i, i + BATCH) });
      for (const rec of r.records) result.push(rec.toObject() as (typeof result)[number]);
    }
    for (const a of result) {
      target.set(a.id, {
        props: a.props,
        covers: a.covers,
        memberSeats: a.memberSeats,
        citations: new Map(a.citations.map((c) => [c.source, c.quote])),
      });
    }
  }
  await each<{ id: string; props: Props }>(tx, 'import-existing-sources', wanted.sources, 'ids', (r) =>
    existing.sources.set(r.id, r.props),
  );
  await each<{ a: string; i: string; props: Props }>(
    tx,
    'import-existing-members',
    wanted.members.map((m) => ({ a: m.partnership, i: m.institution })),
    'pairs',
    (r) => existing.members.set(pairKey(r.a, r.i), r.props),
  );
  await each<{ a: string; i: string; props: Props }>(
    tx,
    'import-existing-participants',
    wanted.participants.map((p) => ({ a: p.collaboration, i: p.institution })),
    'pairs',
    (r) => existing.participants.set(pairKey(r.a, r.i), r.props),
  );
  return existing;
}
