import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { namedQuery, namedWrite } from '../../db/queries.js';
import type { Touched } from './model.js';

// Every tie cites its document (issue 13, item 7): a partnership or collaboration written through
// the API cites a source, or its writer says there is none yet (`unsourced: true`, drawn as an
// unsourced tie). Checked on the input of every create (nested ones too), and on what a write
// leaves for the existing ones it links (a member or participant connected, a source disconnected;
// a change of their own properties alone is not checked, so records stored before stay editable).
// The flag follows the sources in the same write (sourceFlags): a record that loses its last
// source (deleteSources, a disconnect, a nested delete) is marked unsourced, and one that gains a
// source (connected or created, from either side) is not unsourced any more.

/** The node types whose records are ties' affiliations. */
export const CITED_TYPES: ReadonlySet<string> = new Set(['Partnership', 'Collaboration']);

export interface CitationProblem {
  field: string;
  message: string;
}

type Values = Record<string, unknown>;

const count = (value: unknown) => (Array.isArray(value) ? value.length : value == null ? 0 : 1);

/**
 * The problem with one created partnership or collaboration's input (`path` leads to it), or null:
 * it needs `sources` (create or connect) or `unsourced: true`, not both.
 */
export function citationProblem(type: string, input: Values, path: string): CitationProblem | null {
  if (!CITED_TYPES.has(type)) return null;
  const sources = (input.sources ?? null) as Values | null;
  const cited = count(sources?.create) + count(sources?.connect) > 0;
  const unsourced = input.unsourced === true;
  if (cited && unsourced)
    return {
      field: `${path}.unsourced`,
      message: `A ${type} that cites a source is not unsourced: drop unsourced: true or the sources.`,
    };
  if (cited || unsourced) return null;
  return {
    field: `${path}.sources`,
    message: `A ${type} must cite a source (sources: { create | connect }); if you have none yet, say so with unsourced: true.`,
  };
}

type Runner = Pick<Transaction | ManagedTransaction, 'run'>;

/** After a write: the first touched partnership or collaboration left without a source and unflagged. */
export async function uncitedAfterWrite(tx: Runner, touched: Touched[]): Promise<CitationProblem | null> {
  // Only what a write links: renaming a record stored before this rule stays possible.
  const keys = touched.filter((t) => CITED_TYPES.has(t.type) && t.link).map((t) => t.key);
  if (keys.length === 0) return null;
  const { records } = await tx.run(namedQuery('write-guard-uncited'), { keys });
  const row = records[0];
  if (!row) return null;
  const type = row.get('type') as string;
  const key = row.get('key') as string;
  return {
    field: `${type}(${key}).sources`,
    message: `${type} ${key} would cite no source: cite one (sources), or say it has none yet with unsourced: true.`,
  };
}

/** What a write may take sources from or give sources to: its touched affiliations and sources. */
function reach(touched: Touched[]): { keys: string[]; sources: string[] } {
  return {
    keys: touched.filter((t) => CITED_TYPES.has(t.type)).map((t) => t.key),
    sources: touched.filter((t) => t.type === 'Source').map((t) => t.key),
  };
}

/** Before a write: the partnerships and collaborations it reaches that cite a source now. */
export async function citedBeforeWrite(tx: Runner, touched: Touched[]): Promise<string[]> {
  const { keys, sources } = reach(touched);
  if (keys.length === 0 && sources.length === 0) return [];
  const { records } = await tx.run(namedQuery('write-guard-cited'), { keys, sources });
  return records.map((r) => r.get('id') as string);
}

/** A partnership or collaboration whose unsourced flag a write changed through its sources. */
export interface FlagChange {
  type: string;
  key: string;
  unsourced: boolean;
}

/**
 * After a write, in its transaction: marks unsourced what cited a source before it (`cited`, from
 * citedBeforeWrite) and cites none now, and clears the flag of what it reaches that cites one now.
 */
export async function sourceFlags(tx: Runner, touched: Touched[], cited: string[]): Promise<FlagChange[]> {
  const { keys, sources } = reach(touched);
  if (keys.length === 0 && sources.length === 0 && cited.length === 0) return [];
  const { records } = await tx.run(namedWrite('write-guard-source-flags'), { keys, sources, cited });
  return records.map((r) => ({
    type: r.get('type') as string,
    key: r.get('key') as string,
    unsourced: r.get('unsourced') as boolean,
  }));
}
