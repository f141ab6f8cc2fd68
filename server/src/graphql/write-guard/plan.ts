import type { GraphQLInputObjectType, GraphQLInputType, ValueNode } from 'graphql';
import { graphqlRuntime } from '../runtime.js';
import { type CitationProblem, citationProblem } from './citations.js';
import type { NodeModel } from './model.js';

const { astFromValue, getNamedType, isInputObjectType } = graphqlRuntime;

// What one generated mutation would touch, read from its arguments alone: the existing records it
// changes or links (found later by reading `where` filters in the write's own transaction), the
// node types it creates, and the values to check against the domain rules. Every input form
// counts: nested creates, connects, disconnects, deletes, edge updates and the deprecated `*_SET`.

/** Existing records found by one filter, and what the write does to them. */
export interface Target {
  type: string;
  /** Their own properties change, or they are deleted. */
  change: boolean;
  /** A relationship of theirs is created, deleted or has its properties changed. */
  link: boolean;
  branches: Branch[];
}

/** Related records of a target, found through `${field}Connection(where)`. */
export interface Branch {
  field: string;
  where: ValueNode | null;
  target: Target;
}

/** Records found by a root filter: `${plural}Connection(where)`. */
export interface Root {
  where: ValueNode | null;
  target: Target;
}

/** Values to check against a rule set (node or relationship properties type). */
export interface Validation {
  type: string;
  path: string;
  values: Record<string, unknown>;
  partial: boolean;
}

export interface WritePlan {
  roots: Root[];
  /** Node types the write creates (nested creates included). */
  creates: Set<string>;
  validations: Validation[];
  /** Created partnerships and collaborations that neither cite a source nor say they have none. */
  citations: CitationProblem[];
}

type Values = Record<string, unknown>;
type Model = Map<string, NodeModel>;

const OPERATION_SUFFIX = /_(SET|ADD|SUBTRACT|MULTIPLY|DIVIDE|INCREMENT|DECREMENT|PUSH|POP)$/;

const asList = (value: unknown): Values[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).filter(
    (v): v is Values => typeof v === 'object' && v !== null,
  );

/**
 * A value as the rules read it: the Date scalar arrives parsed (a neo4j-driver Date whose
 * toString() is YYYY-MM-DD), so non-plain objects are read as their string form.
 */
export function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // Input objects written inline in a query come without a prototype (graphql-js builds them so).
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? value : String(value);
}

function fieldType(type: GraphQLInputType | undefined, field: string): GraphQLInputObjectType | null {
  const named = type ? getNamedType(type) : null;
  const inner = named && isInputObjectType(named) ? named.getFields()[field]?.type : undefined;
  const result = inner ? getNamedType(inner) : null;
  return result && isInputObjectType(result) ? result : null;
}

function whereOf(value: unknown, type: GraphQLInputType | null): ValueNode | null {
  if (value === undefined || !type) return null;
  return astFromValue(value, type) ?? null;
}

/** The values an update sets, whichever form it uses (`name: { set }` or `name_SET`). */
export function setValues(update: Values, relationships: ReadonlySet<string>): Values {
  const values: Values = {};
  for (const [key, operation] of Object.entries(update)) {
    if (relationships.has(key)) continue;
    if (key.endsWith('_SET')) values[key.slice(0, -4)] = plainValue(operation);
    else if (operation && typeof operation === 'object' && !Array.isArray(operation) && 'set' in operation)
      values[key] = plainValue((operation as { set: unknown }).set);
  }
  return values;
}

/** Whether an update input changes any property (any operation, not only `set`). */
const changesProperties = (update: Values, relationships: ReadonlySet<string>) =>
  Object.keys(update).some((key) => !relationships.has(key.replace(OPERATION_SUFFIX, '')));

class Planner {
  readonly plan: WritePlan = { roots: [], creates: new Set(), validations: [], citations: [] };
  constructor(private readonly model: Model) {}

  private node(type: string): NodeModel {
    const node = this.model.get(type);
    if (!node) throw new Error(`${type} is not a node type of the schema`);
    return node;
  }

  private relationshipNames(type: string): Set<string> {
    return new Set(this.node(type).relationships.keys());
  }

  target(type: string, change = false, link = false): Target {
    return { type, change, link, branches: [] };
  }

  root(where: unknown, whereType: GraphQLInputType | null, target: Target): void {
    this.plan.roots.push({ where: whereOf(where, whereType), target });
  }

  edge(edgeType: string | null, values: Values | undefined, path: string, partial: boolean): void {
    if (!edgeType || !values) return;
    this.plan.validations.push({
      type: edgeType,
      path,
      values: partial ? setValues(values, new Set()) : plainValues(values),
      partial,
    });
  }

  create(type: string, input: Values, inputType: GraphQLInputObjectType | null, path: string): void {
    const node = this.node(type);
    this.plan.creates.add(type);
    const scalars: Values = {};
    for (const [key, value] of Object.entries(input)) {
      if (!node.relationships.has(key)) scalars[key] = plainValue(value);
    }
    this.plan.validations.push({ type, path, values: scalars, partial: false });
    const citation = citationProblem(type, input, path);
    if (citation) this.plan.citations.push(citation);
    for (const [field, relationship] of node.relationships) {
      const value = input[field] as Values | undefined;
      if (!value) continue;
      const relType = fieldType(inputType ?? undefined, field);
      asList(value.create).forEach((c, i) => {
        const createType = fieldType(relType ?? undefined, 'create');
        this.create(
          relationship.target,
          c.node as Values,
          fieldType(createType ?? undefined, 'node'),
          `${path}.${field}.create[${i}].node`,
        );
        this.edge(
          relationship.edge,
          c.edge as Values | undefined,
          `${path}.${field}.create[${i}].edge`,
          false,
        );
      });
      this.connect(
        null,
        relationship,
        value.connect,
        fieldType(relType ?? undefined, 'connect'),
        `${path}.${field}.connect`,
      );
    }
  }

  /** Connected records are found by their own filter; they and the owner gain a link. */
  connect(
    owner: Target | null,
    relationship: { target: string; edge: string | null },
    value: unknown,
    connectType: GraphQLInputObjectType | null,
    path: string,
  ): void {
    asList(value).forEach((c, i) => {
      if (owner) owner.link = true;
      const target = this.target(relationship.target, false, true);
      const where = (c.where as Values | undefined)?.node;
      const whereType = fieldType(fieldType(connectType ?? undefined, 'where') ?? undefined, 'node');
      this.root(where ?? {}, whereType, target);
      this.edge(relationship.edge, c.edge as Values | undefined, `${path}[${i}].edge`, false);
      const nestedType = fieldType(connectType ?? undefined, 'connect');
      for (const nested of asList(c.connect))
        this.nested('connect', target, nested, nestedType, `${path}[${i}].connect`);
    });
  }

  /** `connect`, `disconnect` or `delete` inputs keyed by relationship field, applied to `owner`. */
  nested(
    kind: 'connect' | 'disconnect' | 'delete',
    owner: Target,
    input: Values,
    inputType: GraphQLInputObjectType | null,
    path: string,
  ): void {
    const node = this.node(owner.type);
    for (const [field, value] of Object.entries(input)) {
      const relationship = node.relationships.get(field);
      if (!relationship) continue;
      const relType = fieldType(inputType ?? undefined, field);
      if (kind === 'connect') {
        this.connect(owner, relationship, value, relType, `${path}.${field}`);
        continue;
      }
      this.remove(kind, owner, field, value, relType, `${path}.${field}`);
    }
  }

  /** Disconnect or delete items ({ where, disconnect | delete }) of one relationship field. */
  remove(
    kind: 'disconnect' | 'delete',
    owner: Target,
    field: string,
    value: unknown,
    itemType: GraphQLInputObjectType | null,
    path: string,
  ): void {
    const relationship = this.node(owner.type).relationships.get(field);
    if (!relationship) return;
    asList(value).forEach((item, i) => {
      owner.link = true;
      const child = this.target(relationship.target, kind === 'delete', true);
      owner.branches.push({
        field,
        where: whereOf(item.where, fieldType(itemType ?? undefined, 'where')),
        target: child,
      });
      const deeper = item[kind] as Values | undefined;
      if (deeper)
        this.nested(kind, child, deeper, fieldType(itemType ?? undefined, kind), `${path}[${i}].${kind}`);
    });
  }

  update(owner: Target, input: Values, inputType: GraphQLInputObjectType | null, path: string): void {
    const node = this.node(owner.type);
    const relationships = this.relationshipNames(owner.type);
    if (changesProperties(input, relationships)) {
      owner.change = true;
      this.plan.validations.push({
        type: owner.type,
        path,
        values: setValues(input, relationships),
        partial: true,
      });
    }
    for (const [field, relationship] of node.relationships) {
      const relType = fieldType(inputType ?? undefined, field);
      asList(input[field]).forEach((operations, i) => {
        const at = `${path}.${field}[${i}]`;
        asList(operations.create).forEach((c, j) => {
          owner.link = true;
          const createType = fieldType(fieldType(relType ?? undefined, 'create') ?? undefined, 'node');
          this.create(relationship.target, c.node as Values, createType, `${at}.create[${j}].node`);
          this.edge(relationship.edge, c.edge as Values | undefined, `${at}.create[${j}].edge`, false);
        });
        this.connect(
          owner,
          relationship,
          operations.connect,
          fieldType(relType ?? undefined, 'connect'),
          `${at}.connect`,
        );
        for (const kind of ['disconnect', 'delete'] as const) {
          this.remove(
            kind,
            owner,
            field,
            operations[kind],
            fieldType(relType ?? undefined, kind),
            `${at}.${kind}`,
          );
        }
        asList(operations.update).forEach((u, j) => {
          const updateType = fieldType(relType ?? undefined, 'update');
          const child = this.target(relationship.target);
          owner.branches.push({
            field,
            where: whereOf(u.where, fieldType(updateType ?? undefined, 'where')),
            target: child,
          });
          if (u.edge) {
            owner.link = true;
            child.link = true;
            this.edge(relationship.edge, u.edge as Values, `${at}.update${j ? `[${j}]` : ''}.edge`, true);
          }
          if (u.node)
            this.update(
              child,
              u.node as Values,
              fieldType(updateType ?? undefined, 'node'),
              `${at}.update.node`,
            );
        });
      });
    }
  }
}

function plainValues(values: Values): Values {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plainValue(v)]));
}

/** The plan of one root mutation field (createX, updateX, deleteX) with its coerced arguments. */
export function planMutation(
  model: Model,
  node: NodeModel,
  operation: 'create' | 'update' | 'delete',
  args: Values,
  argTypes: Record<string, GraphQLInputType>,
): WritePlan {
  const planner = new Planner(model);
  const argType = (name: string) => {
    const type = argTypes[name];
    const named = type ? getNamedType(type) : null;
    return named && isInputObjectType(named) ? named : null;
  };
  if (operation === 'create') {
    asList(args.input).forEach((input, i) => {
      planner.create(node.name, input, argType('input'), `input[${i}]`);
    });
  } else {
    const target = planner.target(node.name, operation === 'delete');
    planner.root(args.where ?? {}, argType('where'), target);
    if (operation === 'update' && args.update)
      planner.update(target, args.update as Values, argType('update'), 'update');
    if (operation === 'delete' && args.delete)
      planner.nested('delete', target, args.delete as Values, argType('delete'), 'delete');
  }
  return planner.plan;
}
