import { isCountryCode } from '@splot/domain';
import DataLoader from 'dataloader';
import type {
  ASTNode,
  DocumentNode,
  FieldNode,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { answerCountry } from './country-area.js';
import { graphqlRuntime as g } from './runtime.js';

/**
 * The key a model value is found by. Custom resolvers (areaNetwork, sectorMatrix, …) return a model
 * value with a few scalars read by their own Cypher; anything more a client selects (an Area's
 * `parent`, an Institution's `partnerships`…) is fetched through the generated query by this key.
 */
export const MODEL_KEYS: Readonly<Record<string, string>> = {
  Area: 'teryt',
  Sector: 'code',
  Institution: 'id',
  Partnership: 'id',
  Collaboration: 'id',
  Source: 'id',
  UnnamedParticipant: 'id',
};

const KEY_VARIABLE = '__splotModelKeys';

/** The generated list query of a model type: `areas(where: AreaWhere, …): [Area!]!`. */
function generatedListQuery(schema: GraphQLSchema, typeName: string): string {
  const query = schema.getQueryType();
  const field = Object.values(query?.getFields() ?? {}).find(
    (f) =>
      g.getNamedType(f.type).name === typeName &&
      g.isListType(g.getNullableType(f.type)) &&
      f.args.some((a) => a.name === 'where' && g.getNamedType(a.type).name === `${typeName}Where`) &&
      f.args.some((a) => a.name === 'limit'),
  );
  if (!field) throw new Error(`No generated list query returns ${typeName}`);
  return field.name;
}

/**
 * True when every field selected on the value is a plain field it already holds (no arguments,
 * no sub-selection, no fragment): then the value is the answer and no query is needed. This is
 * the web app's case (`area { teryt name level }`).
 */
function answeredByValue(
  selectionSet: SelectionSetNode | undefined,
  value: Record<string, unknown>,
): boolean {
  if (!selectionSet) return true;
  return selectionSet.selections.every(
    (s) =>
      s.kind === g.Kind.FIELD &&
      (s.name.value === '__typename' ||
        (!s.selectionSet && !s.arguments?.length && s.name.value in value && !s.alias)),
  );
}

/** The selection the client made on this field (all its field nodes, as graphql merges them). */
function mergedSelection(info: GraphQLResolveInfo): SelectionSetNode {
  return {
    kind: g.Kind.SELECTION_SET,
    selections: info.fieldNodes.flatMap((node: FieldNode) => node.selectionSet?.selections ?? []),
  };
}

/** The variables the selection uses, through its fragments too. */
function variablesIn(selection: SelectionSetNode, info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: ASTNode) =>
    g.visit(node, {
      Variable: (v) => {
        names.add(v.name.value);
      },
      FragmentSpread: (spread) => {
        const name = spread.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name)) {
          seen.add(name);
          visit(fragment);
        }
      },
    });
  visit(selection);
  return names;
}

/**
 * Runs the generated list query for `keys` with the client's own selection (aliases, arguments,
 * fragments and variables kept), in the caller's context (so the same access rules apply), and
 * answers in the order of `keys`. The result is keyed by response names, which is what the
 * generated field resolvers (alias-aware) read from.
 */
async function fetchByKeys(
  schema: GraphQLSchema,
  typeName: string,
  keys: readonly unknown[],
  context: unknown,
  info: GraphQLResolveInfo,
): Promise<Map<unknown, Record<string, unknown>>> {
  const keyField = MODEL_KEYS[typeName] as string;
  const listQuery = generatedListQuery(schema, typeName);
  const selection = mergedSelection(info);
  const used = variablesIn(selection, info);
  const op = g.parse(
    `query($${KEY_VARIABLE}: [String!]!) { ${listQuery}(where: { ${keyField}: { in: $${KEY_VARIABLE} } }) { __splotKey: ${keyField} } }`,
  ).definitions[0] as OperationDefinitionNode;
  const root = op.selectionSet.selections[0] as FieldNode;
  const rootWithSelection: FieldNode = {
    ...root,
    selectionSet: {
      kind: g.Kind.SELECTION_SET,
      selections: [...(root.selectionSet?.selections ?? []), ...selection.selections],
    },
  };
  const document: DocumentNode = {
    kind: g.Kind.DOCUMENT,
    definitions: [
      {
        ...op,
        variableDefinitions: [
          ...(op.variableDefinitions ?? []),
          ...(info.operation.variableDefinitions ?? []).filter((d) => used.has(d.variable.name.value)),
        ],
        selectionSet: { kind: g.Kind.SELECTION_SET, selections: [rootWithSelection] },
      },
      ...Object.values(info.fragments),
    ],
  };
  const result = await g.execute({
    schema,
    document,
    contextValue: context,
    variableValues: {
      ...Object.fromEntries(Object.entries(info.variableValues).filter(([name]) => used.has(name))),
      [KEY_VARIABLE]: keys.map(String),
    },
  });
  if (result.errors?.length) throw result.errors[0];
  const rows = (result.data?.[listQuery] ?? []) as Array<Record<string, unknown>>;
  return new Map(rows.map((row) => [String(row.__splotKey), row]));
}

// One loader per request, selection and variables: the areas of 300 missing kinds are one query.
const loaders = new WeakMap<object, Map<string, DataLoader<unknown, Record<string, unknown> | undefined>>>();

function loaderFor(
  schema: GraphQLSchema,
  typeName: string,
  context: unknown,
  info: GraphQLResolveInfo,
): DataLoader<unknown, Record<string, unknown> | undefined> {
  const selection = mergedSelection(info);
  const used = variablesIn(selection, info);
  const batchKey = JSON.stringify([
    typeName,
    g.print(selection),
    [...used].sort().map((name) => info.variableValues[name]),
  ]);
  const scope = (typeof context === 'object' && context !== null ? context : loaders) as object;
  let byKey = loaders.get(scope);
  if (!byKey) {
    byKey = new Map();
    loaders.set(scope, byKey);
  }
  let loader = byKey.get(batchKey);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const found = await fetchByKeys(schema, typeName, keys, context, info);
      return keys.map((key) => found.get(String(key)));
    });
    byKey.set(batchKey, loader);
  }
  return loader;
}

/**
 * Wraps one field of a custom type that returns a model type (or a list of them): the value the
 * custom code put there gives the key; if the client asked for more than that value holds, the
 * model is read through the generated query, exactly as `areas { … }` would answer it.
 */
function delegatingResolver(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  typeName: string,
): GraphQLFieldResolver<unknown, unknown> {
  const inner = field.resolve ?? g.defaultFieldResolver;
  const keyField = MODEL_KEYS[typeName] as string;
  return async (source, args, context, info) => {
    const value = await inner(source, args, context, info);
    if (value === null || value === undefined) return value;
    const values = (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
    const selection = mergedSelection(info);
    if (values.every((v) => answeredByValue(selection, v))) return value;
    const loader = loaderFor(schema, typeName, context, info);
    const full = await Promise.all(
      values.map(async (v) => {
        // The whole country is an Area no node holds (country-area.ts).
        if (typeName === 'Area' && isCountryCode(String(v[keyField])))
          return answerCountry(schema, v, selection, context, info, variablesIn(selection, info));
        // A model the custom code names but the generated query cannot see (deleted meanwhile, or
        // hidden by the access rules) keeps the custom value rather than failing a non-null field.
        return (await loader.load(String(v[keyField]))) ?? v;
      }),
    );
    return Array.isArray(value) ? full : full[0];
  };
}

/**
 * Every field of splot's own (non-model) object types, and every custom root query, that returns
 * a model type gets a delegating resolver. `customTypes`: the object types splot's resolvers fill;
 * `customRootFields`: root query fields with a resolver of splot's own.
 */
export function delegateModelFields(
  schema: GraphQLSchema,
  customTypes: readonly string[],
  customRootFields: readonly string[],
): GraphQLSchema {
  const wrap = (field: GraphQLField<unknown, unknown>) => {
    const typeName = g.getNamedType(field.type).name;
    if (typeName in MODEL_KEYS) field.resolve = delegatingResolver(schema, field, typeName);
  };
  for (const name of customTypes) {
    const type = schema.getType(name);
    if (!g.isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
    for (const field of Object.values((type as GraphQLObjectType).getFields())) wrap(field);
  }
  const query = schema.getQueryType();
  for (const name of customRootFields) {
    const field = query?.getFields()[name];
    if (field) wrap(field);
  }
  return schema;
}

/**
 * The object types splot's type definitions declare that @neo4j/graphql does not back with nodes
 * or relationships (Network, SectorMatrix, …): their values come from splot's own resolvers.
 */
export function customObjectTypes(typeDefs: string): string[] {
  const generatedBy = new Set(['node', 'relationshipProperties', 'jwt']);
  return g
    .parse(typeDefs)
    .definitions.filter(
      (d): d is import('graphql').ObjectTypeDefinitionNode =>
        d.kind === g.Kind.OBJECT_TYPE_DEFINITION &&
        !['Query', 'Mutation', 'Subscription'].includes(d.name.value) &&
        !(d.directives ?? []).some((directive) => generatedBy.has(directive.name.value)),
    )
    .map((d) => d.name.value);
}
