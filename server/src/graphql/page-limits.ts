import { Kind, parse } from 'graphql';

/**
 * `@limit` for every @node type: a list without `limit` (or a connection without `first`) returns
 * at most `max` items, and @neo4j/graphql never fetches more. Asking for more outright is refused
 * earlier, by server/src/http/limits.ts, so nobody is silently given less than they asked for.
 */
export function pageLimitTypeDefs(typeDefs: string, max: number): string {
  const nodeTypes = parse(typeDefs)
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((d) => d.directives?.some((directive) => directive.name.value === 'node'))
    .map((d) => d.name.value);
  return nodeTypes.map((name) => `extend type ${name} @limit(default: ${max}, max: ${max})`).join('\n');
}
