import type {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  GraphQLResolveInfo,
  GraphQLSchema,
  ObjectValueNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { badUserInput } from '../errors.js';
import { graphqlRuntime as g } from './runtime.js';

/**
 * The whole country (Area "PL") has no Area node: it sits above the voivodeships, has no parent and
 * no institution seated in it directly. Its relationships are answered by the generated root
 * queries with a filter that says so (`children`: the voivodeships; `parent`, `institutions`:
 * nothing), so a client's selection, arguments and fragments work as on a stored area.
 */
const RELATIONSHIPS: Readonly<Record<string, { root: string; where: string }>> = {
  parent: { root: 'areas', where: '{ teryt: { in: [] } }' },
  children: { root: 'areas', where: '{ level: { eq: VOIVODESHIP } }' },
  institutions: { root: 'institutions', where: '{ id: { in: [] } }' },
};

const value = (text: string): ValueNode => g.parseValue(text);

/** The field nodes of a selection, through inline fragments and fragment spreads. */
function fieldsOf(selection: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return selection.selections.flatMap((s) => {
    if (s.kind === g.Kind.FIELD) return [s];
    if (s.kind === g.Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, info);
    const fragment = info.fragments[s.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [];
  });
}

/** A connection's `where: { node: W }` and `sort: [{ node: S }]` as the root connection takes them. */
function unwrapNode(arg: ArgumentNode, field: string): ValueNode {
  const refuse = () =>
    badUserInput(
      arg.name.value,
      `The whole country (PL) is not a stored area: on ${field}, give ${arg.name.value} as a literal of "node" filters only.`,
    );
  const unwrap = (v: ValueNode): ValueNode => {
    if (v.kind !== g.Kind.OBJECT) throw refuse();
    const node = v.fields.find((f) => f.name.value === 'node');
    if (!node || v.fields.length !== 1) throw refuse();
    return node.value;
  };
  if (arg.value.kind === g.Kind.LIST) return { ...arg.value, values: arg.value.values.map(unwrap) };
  return unwrap(arg.value);
}

/** The root field that answers one relationship field of the country, under its response name. */
function rootField(field: FieldNode): FieldNode {
  const name = field.name.value;
  const connection = name.endsWith('Connection');
  const relationship = RELATIONSHIPS[connection ? name.slice(0, -'Connection'.length) : name];
  if (!relationship) throw badUserInput(name, `The whole country (PL) cannot answer ${name}.`);
  let where = value(relationship.where);
  const args: ArgumentNode[] = [];
  for (const arg of field.arguments ?? []) {
    const given =
      connection && arg.name.value !== 'first' && arg.name.value !== 'after'
        ? unwrapNode(arg, name)
        : arg.value;
    if (arg.name.value === 'where')
      where = { kind: g.Kind.OBJECT, fields: [andOf(where, given)] } as ObjectValueNode;
    else args.push({ ...arg, value: given });
  }
  args.push({ kind: g.Kind.ARGUMENT, name: { kind: g.Kind.NAME, value: 'where' }, value: where });
  return {
    ...field,
    alias: { kind: g.Kind.NAME, value: field.alias?.value ?? name },
    name: { kind: g.Kind.NAME, value: connection ? `${relationship.root}Connection` : relationship.root },
    arguments: args,
  };
}

function andOf(a: ValueNode, b: ValueNode) {
  return {
    kind: g.Kind.OBJECT_FIELD,
    name: { kind: g.Kind.NAME, value: 'AND' },
    value: { kind: g.Kind.LIST, values: [a, b] },
  } as const;
}

/**
 * The country's answer to the client's selection: its own scalars from `country`, each
 * relationship (parent, children, institutions and their connections) from one generated query
 * run in the caller's context, so the same access rules and page limits apply.
 */
export async function answerCountry(
  schema: GraphQLSchema,
  country: Record<string, unknown>,
  selection: SelectionSetNode,
  context: unknown,
  info: GraphQLResolveInfo,
  usedVariables: Set<string>,
): Promise<Record<string, unknown>> {
  const answer: Record<string, unknown> = { ...country };
  const relationships: FieldNode[] = [];
  for (const field of fieldsOf(selection, info)) {
    const responseName = field.alias?.value ?? field.name.value;
    if (field.name.value === '__typename') continue;
    if (!field.selectionSet && field.name.value in country) answer[responseName] = country[field.name.value];
    else relationships.push(rootField(field));
  }
  if (relationships.length === 0) return answer;
  const operation: OperationDefinitionNode = {
    kind: g.Kind.OPERATION_DEFINITION,
    operation: g.OperationTypeNode.QUERY,
    variableDefinitions: (info.operation.variableDefinitions ?? []).filter((d) =>
      usedVariables.has(d.variable.name.value),
    ),
    selectionSet: { kind: g.Kind.SELECTION_SET, selections: relationships },
  };
  const document: DocumentNode = {
    kind: g.Kind.DOCUMENT,
    definitions: [operation, ...Object.values(info.fragments)],
  };
  const result = await g.execute({
    schema,
    document,
    contextValue: context,
    variableValues: Object.fromEntries(
      Object.entries(info.variableValues).filter(([name]) => usedVariables.has(name)),
    ),
  });
  if (result.errors?.length) throw result.errors[0];
  return { ...answer, ...(result.data as Record<string, unknown>) };
}
