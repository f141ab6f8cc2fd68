import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { Principal } from '../../auth/principal.js';
import { namedQuery } from '../../db/queries.js';
import type { Touched } from './model.js';

// Who may do what to each node type, beside the @authorization rules of access.graphql (which
// @neo4j/graphql applies to node writes but not, for instance, to a relationship's properties):
//
// - `region`: an editor, when the record as stored lies in their regions, and still does after
//   the write (so the write can neither reach another region's record nor move one out);
// - `editor`: any editor; `admin`: admins only.
//
// A node type missing here is admin-only, so a type added to the schema is closed until someone
// decides who may write it.

export type Access = 'region' | 'editor' | 'admin';
export interface TypePolicy {
  create: Access;
  /** Its own properties change, or it is deleted. */
  change: Access;
  /** A relationship of its is created or deleted, or the relationship's properties change. */
  link: Access;
}

export const WRITE_POLICY: Readonly<Record<string, TypePolicy>> = {
  Institution: { create: 'region', change: 'region', link: 'region' },
  Partnership: { create: 'region', change: 'region', link: 'region' },
  Collaboration: { create: 'region', change: 'region', link: 'region' },
  Area: { create: 'admin', change: 'admin', link: 'region' },
  Sector: { create: 'admin', change: 'admin', link: 'editor' },
  // A source has no region and records of several regions may cite it.
  Source: { create: 'editor', change: 'admin', link: 'editor' },
};

/** The node types write-guard-outside-regions.cypher places in regions, and their parameter. */
export const REGION_PARAMETERS: Readonly<Record<string, string>> = {
  Institution: 'institutions',
  Partnership: 'partnerships',
  Collaboration: 'collaborations',
  Area: 'areas',
};

const ADMIN_ONLY: TypePolicy = { create: 'admin', change: 'admin', link: 'admin' };
export const policyOf = (type: string): TypePolicy => WRITE_POLICY[type] ?? ADMIN_ONLY;

export type Caller = 'admin' | 'editor' | 'none';
export const callerOf = (principal: Principal | null | undefined): Caller =>
  principal?.roles.includes('admin') ? 'admin' : principal?.roles.includes('editor') ? 'editor' : 'none';

/** What an editor is refused outright, whatever the records' regions. */
export function refusedToEditor(touched: Touched[], creates: Iterable<string>): string | null {
  for (const type of creates) {
    if (policyOf(type).create === 'admin') return `Only an admin may create ${type} records.`;
  }
  for (const t of touched) {
    const policy = policyOf(t.type);
    if (t.change && policy.change === 'admin')
      return `Only an admin may change or delete ${t.type} ${t.key}.`;
    if (t.link && policy.link === 'admin') return `Only an admin may link or unlink ${t.type} ${t.key}.`;
  }
  return null;
}

/** The records among `touched` that the editor's regions must hold (before and after). */
export function regionBound(touched: Touched[]): Touched[] {
  return touched.filter((t) => {
    const policy = policyOf(t.type);
    return (t.change && policy.change === 'region') || (t.link && policy.link === 'region');
  });
}

type Runner = Pick<Transaction | ManagedTransaction, 'run'>;

/** The records of `records` that lie outside `regions` as the database holds them now. */
export async function outsideRegions(tx: Runner, records: Touched[], regions: string[]): Promise<Touched[]> {
  if (records.length === 0) return [];
  const params: Record<string, unknown> = { regions };
  for (const name of Object.values(REGION_PARAMETERS)) params[name] = [];
  for (const r of records) {
    const name = REGION_PARAMETERS[r.type];
    if (!name) throw new Error(`No region rule for ${r.type} (write-guard-outside-regions.cypher)`);
    (params[name] as string[]).push(r.key);
  }
  const { records: rows } = await tx.run(namedQuery('write-guard-outside-regions'), params);
  const outside = new Set(rows.map((row) => `${row.get('type')}\u0000${row.get('key')}`));
  return records.filter((r) => outside.has(`${r.type}\u0000${r.key}`));
}
