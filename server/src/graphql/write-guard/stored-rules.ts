import { changeViolations, type RuleViolation } from '@splot/domain';
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { namedQuery } from '../../db/queries.js';
import type { Touched } from './model.js';

// The domain rules on what a write leaves stored: only the properties the write changed (records
// written before a rule existed stay editable), with both dates of an ordered pair when either
// changed. This catches what the input alone cannot tell: `add`/`subtract`, `push`, and an update
// that sets one date of a pair against the other one stored.

type Runner = Pick<Transaction | ManagedTransaction, 'run'>;
type Properties = Map<string, Record<string, unknown>>;

const PARAMETERS: Record<string, string> = {
  Institution: 'institutions',
  Partnership: 'partnerships',
  Collaboration: 'collaborations',
  Source: 'sources',
};

/** A stored value as the rules read it: dates as YYYY-MM-DD, integers as numbers. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return String(value);
  return value;
}

/** The stored properties of the touched records that have rules, keyed by type and key. */
export async function storedProperties(tx: Runner, touched: Touched[]): Promise<Properties> {
  const params: Record<string, string[]> = Object.fromEntries(
    Object.values(PARAMETERS).map((name) => [name, []]),
  );
  for (const t of touched) {
    const name = PARAMETERS[t.type];
    if (name) params[name]?.push(t.key);
  }
  const result: Properties = new Map();
  if (Object.values(params).every((keys) => keys.length === 0)) return result;
  const { records } = await tx.run(namedQuery('write-guard-properties'), params);
  for (const row of records) {
    const properties = row.get('properties') as Record<string, unknown>;
    result.set(
      `${row.get('type')}\u0000${row.get('key')}`,
      Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, plain(v)])),
    );
  }
  return result;
}

/** The first rule the write broke on a record it changed, or null (domain/rules changeViolations). */
export function brokenByWrite(
  before: Properties,
  after: Properties,
): { type: string; key: string; violation: RuleViolation } | null {
  for (const [id, values] of after) {
    const [type = '', key = ''] = id.split('\u0000');
    const violation = changeViolations(type, before.get(id) ?? {}, values)[0];
    if (violation) return { type, key, violation };
  }
  return null;
}
