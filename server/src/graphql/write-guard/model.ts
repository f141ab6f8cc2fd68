import type { GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { graphqlRuntime } from '../runtime.js';

const { getNamedType, isObjectType, isListType, isNonNullType } = graphqlRuntime;

/** A relationship field of a node type, as the generated schema shows it. */
export interface RelationshipField {
  field: string;
  /** The node type at the other end. */
  target: string;
  /** The relationship properties type (Membership, Citation…), or null. */
  edge: string | null;
}

/** A node type @neo4j/graphql generates reads and writes for. */
export interface NodeModel {
  name: string;
  /** The root query field that lists it (institutions…); its connection is `${plural}Connection`. */
  plural: string;
  /** The field that identifies one record (id, teryt, code), or null when it has none. */
  key: string | null;
  relationships: Map<string, RelationshipField>;
}

// Node types keyed by something else than `id` (their uniqueness constraints, cypher/schema.cypher).
const KEYS: Record<string, string> = { Area: 'teryt', Sector: 'code' };

const listOf = (type: unknown): GraphQLNamedType | null => {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? getNamedType(inner) : null;
};

/**
 * Every node type and relationship field, read from the schema itself (not from a list kept by
 * hand), so the write guard walks a field added tomorrow the same way as today's.
 */
export function writeModel(schema: GraphQLSchema): Map<string, NodeModel> {
  const query = schema.getQueryType()?.getFields() ?? {};
  const nodes = new Map<string, NodeModel>();
  for (const [plural, field] of Object.entries(query)) {
    const type = listOf(field.type);
    if (!type || !isObjectType(type) || !query[`${plural}Connection`] || nodes.has(type.name)) continue;
    const fields = type.getFields();
    const keyName = KEYS[type.name] ?? 'id';
    nodes.set(type.name, {
      name: type.name,
      plural,
      key: fields[keyName] ? keyName : null,
      relationships: relationshipsOf(type),
    });
  }
  return nodes;
}

function relationshipsOf(type: GraphQLObjectType): Map<string, RelationshipField> {
  const fields = type.getFields();
  const relationships = new Map<string, RelationshipField>();
  for (const [name, field] of Object.entries(fields)) {
    const connection = fields[`${name}Connection`];
    const target = listOf(field.type);
    if (!connection || !target) continue;
    const connectionType = getNamedType(connection.type) as GraphQLObjectType;
    const edgesType = getNamedType(connectionType.getFields().edges?.type) as GraphQLObjectType | undefined;
    const properties = edgesType?.getFields().properties;
    relationships.set(name, {
      field: name,
      target: target.name,
      edge: properties ? getNamedType(properties.type).name : null,
    });
  }
  return relationships;
}

/** One existing record a write touches, with everything the write does to it. */
export interface Touched {
  type: string;
  key: string;
  change: boolean;
  link: boolean;
}
