/**
 * The CREATE paths of the bulk loader. MERGE of a relationship looks for the pair first (an
 * expand from both ends, under a lock) on every row; when an endpoint has no relationship of that
 * type yet, no pair can exist and CREATE writes the same graph for less. So rows are grouped by
 * that endpoint (an institution), each batch holds whole groups, and the create-… statement checks
 * each group inside the batch's transaction: fresh groups are created, the others come back and
 * go through the MERGE statement in the same transaction. A retried batch sees what it wrote.
 * Institutions have none: a CREATE path for them measured no faster than MERGE on L (their time
 * goes to the commit and the full-text index).
 */
import type { Rows } from './rows.js';

export interface CreatePath {
  /** Statement in cypher/writes/ taking `$groups: [{key, rows}]`, returning `written, existing`. */
  statement: string;
  /** Row field that groups the rows (the endpoint checked for freshness). */
  key: string;
  /** Row field naming the other end; two rows of a group with the same one must be merged. */
  pair?: string;
}

export const CREATE_PATHS: Partial<Record<keyof Rows, CreatePath>> = {
  memberships: { statement: 'create-memberships', key: 'institution', pair: 'partnership' },
  participations: { statement: 'create-participations', key: 'institution', pair: 'collaboration' },
};

export interface Group<R> {
  key: string;
  rows: R[];
  /** False when the group repeats a node or a pair: only MERGE keeps those single. */
  creatable: boolean;
}

/** Groups rows by `path.key`, in the order each key first appears, keeping each group's row order. */
export function groupRows<R>(list: readonly R[], path: CreatePath): Group<R>[] {
  const byKey = new Map<string, Group<R>>();
  const field = (row: R, name: string) => String((row as Record<string, unknown>)[name]);
  for (const row of list) {
    const key = field(row, path.key);
    let group = byKey.get(key);
    if (!group) {
      group = { key, rows: [], creatable: true };
      byKey.set(key, group);
    }
    group.rows.push(row);
  }
  for (const group of byKey.values()) {
    const { pair } = path;
    const distinct = pair === undefined ? 1 : new Set(group.rows.map((row) => field(row, pair))).size;
    group.creatable = distinct === group.rows.length;
  }
  return [...byKey.values()];
}

/** Packs consecutive groups into batches of at most `size` rows; a larger group is a batch alone. */
export function packGroups<R>(groups: readonly Group<R>[], size: number): Group<R>[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`bulkLoad: batchSize must be a positive integer, not ${size}`);
  const out: Group<R>[][] = [];
  let current: Group<R>[] = [];
  let rows = 0;
  for (const group of groups) {
    if (rows > 0 && rows + group.rows.length > size) {
      out.push(current);
      current = [];
      rows = 0;
    }
    current.push(group);
    rows += group.rows.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}
