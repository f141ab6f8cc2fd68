import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/driver.js';
import { graphqlRuntime } from '../runtime.js';
import { createNeoSchema } from '../schema.js';
import { type NodeModel, writeModel } from './model.js';
import { planMutation } from './plan.js';
import { mirrorQuery } from './resolve.js';

let schema: GraphQLSchema;
let model: Map<string, NodeModel>;

beforeAll(async () => {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1' });
  schema = await createNeoSchema(driver).getSchema();
  await driver.close();
  model = writeModel(schema);
}, 60_000);

/** Plans a mutation written as GraphQL text, with arguments coerced as graphql-js would. */
function plan(source: string) {
  const document = graphqlRuntime.parse(source);
  const operation = document.definitions[0] as import('graphql').OperationDefinitionNode;
  const selection = operation.selectionSet.selections[0] as import('graphql').FieldNode;
  const field = schema.getMutationType()?.getFields()[selection.name.value];
  if (!field) throw new Error(`no field ${selection.name.value}`);
  const args = graphqlRuntime.getArgumentValues(field, selection, {});
  const match = /^(create|update|delete)(.+)$/.exec(field.name);
  const plural = `${match?.[2]?.charAt(0).toLowerCase()}${match?.[2]?.slice(1)}`;
  const node = [...model.values()].find((n) => n.plural === plural);
  if (!node) throw new Error(`no node for ${plural}`);
  return planMutation(
    model,
    node,
    match?.[1] as 'create' | 'update' | 'delete',
    args,
    Object.fromEntries(field.args.map((a) => [a.name, a.type])),
  );
}

describe('the write model read from the schema', () => {
  it('knows every node type, its key and its relationships with their properties types', () => {
    expect([...model.keys()].sort()).toEqual(
      expect.arrayContaining(['Area', 'Collaboration', 'Institution', 'Partnership', 'Sector', 'Source']),
    );
    expect(model.get('Area')?.key).toBe('teryt');
    expect(model.get('Partnership')?.relationships.get('members')).toEqual({
      field: 'members',
      target: 'Institution',
      edge: 'Membership',
    });
    expect(model.get('Institution')?.relationships.get('area')?.edge).toBeNull();
  });
});

describe('planning a write', () => {
  it('an edge-only update touches both ends as links (S1)', () => {
    const p = plan(`mutation { updatePartnerships(where: { id: { eq: "p" } }, update: { members: [{ update: {
      where: { node: { id: { eq: "i" } } }, edge: { role: { set: LEADER }, until_SET: "1800-01-01" } } }] }) { info { nodesCreated } } }`);
    expect(p.roots).toHaveLength(1);
    const root = p.roots[0]?.target;
    expect(root).toMatchObject({ type: 'Partnership', change: false, link: true });
    expect(root?.branches[0]).toMatchObject({
      field: 'members',
      target: { type: 'Institution', link: true },
    });
    expect(p.validations).toContainEqual({
      type: 'Membership',
      path: 'update.members[0].update.edge',
      values: { role: 'LEADER', until: '1800-01-01' },
      partial: true,
    });
    expect(mirrorQuery(p.roots, model)).toContain('membersConnection(where: {node: {id: {eq: "i"}}})');
  });

  it('reads the deprecated *_SET forms and nested creates for the rules (S7)', () => {
    const p = plan(
      `mutation { updateInstitutions(where: { id: { eq: "i" } }, update: { nip_SET: "123", email: { set: "x" } }) { info { nodesCreated } } }`,
    );
    expect(p.validations[0]).toMatchObject({ values: { nip: '123', email: 'x' }, partial: true });
    const c = plan(
      `mutation { createPartnerships(input: [{ name: "P", members: { create: [{ node: { name: "", kind: CIS } }] } }]) { info { nodesCreated } } }`,
    );
    expect(c.creates).toEqual(new Set(['Partnership', 'Institution']));
    expect(c.validations.map((v) => v.path)).toEqual(['input[0]', 'input[0].members.create[0].node']);
  });

  it('a disconnect touches the owner and the disconnected record; a connect finds its record by its own filter', () => {
    const p = plan(`mutation { updateInstitutions(where: { id: { eq: "i" } }, update: { area: [{
      disconnect: [{ where: { node: { teryt: { eq: "26" } } } }], connect: [{ where: { node: { teryt: { eq: "06" } } } }] }] }) { info { nodesCreated } } }`);
    expect(p.roots.map((r) => [r.target.type, r.target.link])).toEqual([
      ['Institution', true],
      ['Area', true],
    ]);
    expect(p.roots[0]?.target.branches[0]?.target).toMatchObject({ type: 'Area', link: true, change: false });
  });

  it('a delete changes what it deletes, nested deletes included', () => {
    const p = plan(
      `mutation { deletePartnerships(where: { id: { eq: "p" } }, delete: { members: [{ where: { node: { id: { eq: "i" } } } }] }) { nodesDeleted } }`,
    );
    expect(p.roots[0]?.target).toMatchObject({ type: 'Partnership', change: true });
    expect(p.roots[0]?.target.branches[0]?.target).toMatchObject({ type: 'Institution', change: true });
  });
});

// Generated from the schema: every mutation input field of every node type, in every form the
// schema offers (current and deprecated `*_SET`, `*_PUSH`…), must be seen by the planner. A field
// added to the model tomorrow is walked here without anyone listing it.
describe('every write input form of the schema is guarded', () => {
  const sample = (type: import('graphql').GraphQLInputType): unknown => {
    const named = graphqlRuntime.getNamedType(type);
    const value = graphqlRuntime.isEnumType(named)
      ? named.getValues()[0]?.value
      : named.name === 'Int' || named.name === 'Float'
        ? 1
        : named.name === 'Boolean'
          ? true
          : named.name === 'Date'
            ? '2020-01-01'
            : named.name === 'String' || named.name === 'ID'
              ? 'x'
              : {};
    return graphqlRuntime.isListType(graphqlRuntime.getNullableType(type)) ? [value] : value;
  };
  const scalarOperation = (type: import('graphql').GraphQLInputType) => {
    const named = graphqlRuntime.getNamedType(type);
    if (!graphqlRuntime.isInputObjectType(named)) return sample(type);
    const [operation, field] = Object.entries(named.getFields())[0] ?? [];
    return field ? { [operation as string]: sample(field.type) } : {};
  };

  it('each node type has a write policy and each edge properties type is known to the rules', async () => {
    const { WRITE_POLICY } = await import('./policy.js');
    for (const node of model.values()) {
      if (
        !schema.getMutationType()?.getFields()[
          `update${node.plural[0]?.toUpperCase()}${node.plural.slice(1)}`
        ]
      )
        continue;
      expect(WRITE_POLICY[node.name], `write-guard/policy.ts has no entry for ${node.name}`).toBeDefined();
    }
  });

  it('every property of every update input, in every form, marks the record changed', () => {
    for (const node of model.values()) {
      const updateType = schema.getType(`${node.name}UpdateInput`);
      if (!updateType || !graphqlRuntime.isInputObjectType(updateType)) continue;
      for (const [name, field] of Object.entries(updateType.getFields())) {
        if (node.relationships.has(name)) continue;
        const p = planMutation(
          model,
          node,
          'update',
          { where: {}, update: { [name]: scalarOperation(field.type) } },
          {},
        );
        expect(p.roots[0]?.target.change, `${node.name}.${name} is not seen as a change`).toBe(true);
      }
    }
  });

  it('every relationship operation of every update input links both ends, edges included', () => {
    for (const node of model.values()) {
      const updateType = schema.getType(`${node.name}UpdateInput`);
      if (!updateType || !graphqlRuntime.isInputObjectType(updateType)) continue;
      for (const [field, relationship] of node.relationships) {
        const operations = updateType.getFields()[field];
        if (!operations) continue;
        const operationType = graphqlRuntime.getNamedType(operations.type);
        if (!graphqlRuntime.isInputObjectType(operationType)) continue;
        for (const operation of Object.keys(operationType.getFields())) {
          const item =
            operation === 'update'
              ? { where: {}, ...(relationship.edge ? { edge: {} } : { node: { id: { set: 'x' } } }) }
              : operation === 'create'
                ? { node: {} }
                : { where: operation === 'connect' ? { node: {} } : {} };
          const p = planMutation(
            model,
            node,
            'update',
            { where: {}, update: { [field]: [{ [operation]: operation === 'update' ? item : [item] }] } },
            {},
          );
          const owner = p.roots[0]?.target;
          const reached =
            operation === 'connect'
              ? p.roots[1]?.target
              : operation === 'create'
                ? null
                : owner?.branches[0]?.target;
          const where = `${node.name}.${field}.${operation}`;
          if (operation === 'create') expect(p.creates.has(relationship.target), where).toBe(true);
          else expect(reached?.type, where).toBe(relationship.target);
          if (operation === 'update' && !relationship.edge) continue;
          expect(owner?.link, `${where} does not mark ${node.name} linked`).toBe(true);
          if (reached)
            expect(reached.link || reached.change, `${where} does not reach ${relationship.target}`).toBe(
              true,
            );
        }
      }
    }
  });
});
