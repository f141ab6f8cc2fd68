import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { namedQuery } from '../../db/queries.js';
import type { Touched } from './model.js';

// Every tie cites its document (issue 13, item 7): a partnership or collaboration written through
// the API cites a source, or its writer says there is none yet (`unsourced: true`, drawn as an
// unsourced tie). Checked on the input of every create (nested ones too), and on what a write
// leaves for the existing ones it links (a member or participant connected, a source disconnected;
// a change of their own properties alone is not checked, so records stored before stay editable).

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
