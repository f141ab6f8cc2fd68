import type { GraphQLSchema } from 'graphql';
import { graphqlRuntime } from '../runtime.js';
import type { NodeModel, Touched } from './model.js';
import type { Branch, Root, Target } from './plan.js';

const { print, parse, execute } = graphqlRuntime;

export class TooManyRecords extends Error {}
export class NoKey extends Error {
  constructor(readonly type: string) {
    super(`${type} has no key field`);
  }
}

/**
 * The read that finds, before a write, the records its filters match: the write's own filters
 * asked through the generated connection fields, in the write's transaction (so the same records
 * the write will touch). Connection fields are used for their totalCount: a filter matching more
 * records than one page holds is reported, never silently cut.
 */
export function mirrorQuery(roots: Root[], model: Map<string, NodeModel>): string {
  const keyOf = (type: string) => {
    const key = model.get(type)?.key;
    if (!key) throw new NoKey(type);
    return key;
  };
  const where = (branch: { where: Root['where'] }) => (branch.where ? `(where: ${print(branch.where)})` : '');
  const selection = (target: Target): string =>
    [
      keyOf(target.type),
      ...target.branches.map(
        (b: Branch, i) =>
          `b${i}: ${b.field}Connection${where(b)} { totalCount edges { node { ${selection(b.target)} } } }`,
      ),
    ].join(' ');
  const fields = roots.map((root, i) => {
    const plural = model.get(root.target.type)?.plural;
    return `r${i}: ${plural}Connection${where(root)} { totalCount edges { node { ${selection(root.target)} } } }`;
  });
  return `query WriteGuardMirror { ${fields.join(' ')} }`;
}

interface ConnectionResult {
  totalCount: number;
  edges: Array<{ node: Record<string, unknown> }>;
}

/** Runs the mirror read with the request's context (its transaction) and lists what it found. */
export async function findTouched(
  schema: GraphQLSchema,
  context: unknown,
  roots: Root[],
  model: Map<string, NodeModel>,
): Promise<Touched[]> {
  if (roots.length === 0) return [];
  const result = await execute({ schema, document: parse(mirrorQuery(roots, model)), contextValue: context });
  if (result.errors?.length) throw result.errors[0];
  const touched = new Map<string, Touched>();
  const add = (target: Target, connection: ConnectionResult) => {
    if (connection.totalCount > connection.edges.length) throw new TooManyRecords();
    const key = model.get(target.type)?.key ?? '';
    for (const { node } of connection.edges) {
      const id = String(node[key]);
      const seen = touched.get(`${target.type}\u0000${id}`);
      if (seen) {
        seen.change ||= target.change;
        seen.link ||= target.link;
      } else
        touched.set(`${target.type}\u0000${id}`, {
          type: target.type,
          key: id,
          change: target.change,
          link: target.link,
        });
      target.branches.forEach((branch, i) => {
        add(branch.target, node[`b${i}`] as ConnectionResult);
      });
    }
  };
  roots.forEach((root, i) => {
    add(root.target, (result.data as Record<string, ConnectionResult>)[`r${i}`] as ConnectionResult);
  });
  return [...touched.values()];
}
