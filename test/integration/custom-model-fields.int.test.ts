import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customObjectTypes } from '../../server/src/graphql/model-fields.js';
import { loadTypeDefs } from '../../server/src/graphql/type-defs.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { adminHeader } from '../helpers/tokens.js';

// Issue 13 item 5: every custom query answers every field it can reach, relationships of the
// models it returns included, as the generated queries do. The queries are built from
// introspection, so a field added later is covered without touching this file.

let api: Splot;
let schema: GraphQLSchema;
// The queries below select hundreds of fields: past the public cost and depth limits on purpose.
beforeAll(async () => {
  api = await startTestApi({
    INTROSPECTION: 'true',
    QUERY_MAX_COST: '1000000',
    QUERY_MAX_DEPTH: '20',
    QUERY_MAX_TOKENS: '200000',
  });
  const res = await gql<IntrospectionQuery>(api.url, getIntrospectionQuery());
  expect(res.errors).toBeUndefined();
  schema = buildClientSchema(res.data as IntrospectionQuery);
});
// surveyInstitutions searches one survey's area: a survey of its own, deleted afterwards.
let surveyId = '';
beforeAll(async () => {
  const res = await gql<{ createSurvey: { id: string } }>(
    api.url,
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    { input: { title: 'Ankieta testu pól', area: '2607', opensOn: '2020-01-01', closesOn: '2099-12-31' } },
    await adminHeader(),
  );
  expect(res.errors).toBeUndefined();
  surveyId = res.data?.createSurvey.id ?? '';
});
afterAll(async () => {
  if (surveyId)
    await gql(
      api.url,
      'mutation ($id: ID!) { deleteSurvey(id: $id) }',
      { id: surveyId },
      await adminHeader(),
    );
  await api?.stop();
});

/** The Query fields splot declares in its own .graphql files (not the generated ones). */
function customQueryFields(): string[] {
  const names: string[] = [];
  for (const d of parse(loadTypeDefs()).definitions) {
    if ((d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === 'Query') {
      names.push(...(d.fields ?? []).map((f) => f.name.value));
    }
  }
  return names;
}

/** Values for required arguments, from the demo data. */
const REQUIRED: Record<string, string> = {
  teryt: '"2607"',
  institutionId: '"pcpr-ostrowiec"',
  a: '"fundacja-feniks"',
  b: '"cis-czestochowa-feniks"',
  id: '"wizyta-studyjna-2017"',
  search: '"ops"',
};

function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => {
      const value = REQUIRED[a.name];
      if (!value) throw new Error(`No test value for the required argument ${field.name}(${a.name})`);
      return `${a.name}: ${value}`;
    });
  return args.length ? `(${args.join(', ')})` : '';
}

// splot's own result types (Network, SectorMatrix…): they lead to the models without counting as a level.
const CUSTOM_TYPES = new Set(customObjectTypes(loadTypeDefs()));

/**
 * Every field of `type`, object fields followed `depth` more levels below the first model type (the model itself is the first level, its relationships the second);
 * at the last level only leaves. Fields with required arguments are left out.
 */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(named)) parts.push(field.name);
    else if (CUSTOM_TYPES.has(named.name)) parts.push(`${field.name} { ${selection(named, depth)} }`);
    else if (depth > 0) parts.push(`${field.name} { ${selection(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** The root field with every field reachable two levels deep below the models it returns. */
function fullQuery(name: string, root = name): string {
  const field = schema.getQueryType()?.getFields()[root];
  if (!field) throw new Error(`Query.${root} is not in the schema`);
  const named = getNamedType(field.type);
  const body = isLeafType(named) ? '' : ` { ${selection(named, 1)} }`;
  return `{ ${name}: ${root}${argumentsOf(field)}${body} }`;
}

describe('custom queries resolve every reachable field (introspection)', () => {
  it('covers every custom query of the type definitions', () => {
    const names = customQueryFields();
    expect(names).toEqual(
      expect.arrayContaining(['areaNetwork', 'sectorMatrix', 'egoNetwork', 'coverageGaps']),
    );
    for (const name of names) expect(schema.getQueryType()?.getFields()[name]).toBeDefined();
  });

  it.each(customQueryFields())('%s: every field, relationships included, without error', async (name) => {
    const query =
      name === 'missingPartners'
        ? fullQuery(name).replace(
            'missingPartners: missingPartners',
            'missingPartners: missingPartners(institutionId: "pcpr-ostrowiec", limit: 3)',
          )
        : fullQuery(name).replace(
            'surveyInstitutions(id: "wizyta-studyjna-2017"',
            `surveyInstitutions(id: "${surveyId}"`,
          );
    // Partner surveys (survey.graphql) answer editors and admins only.
    const res = await gql(api.url, query, {}, name.startsWith('survey') ? await adminHeader() : {});
    expect(res.errors, query).toBeUndefined();
    expect(res.data?.[name]).not.toBeUndefined();
  });

  it('missingPartners by area: every field without error', async () => {
    const query = fullQuery('missingPartners').replace(
      'missingPartners: missingPartners',
      'missingPartners: missingPartners(teryt: "2607", limit: 3)',
    );
    const res = await gql(api.url, query);
    expect(res.errors, query).toBeUndefined();
  });

  it("areaNetwork's area answers its relationships exactly as the generated areas query", async () => {
    const area = `teryt name parent { teryt name level } children(sort: [{ teryt: ASC }]) { teryt }
      institutions(sort: [{ id: ASC }]) { id name sector { code } } childrenConnection { totalCount }`;
    const custom = await gql<{ areaNetwork: { area: unknown } }>(
      api.url,
      `query($t: String!) { areaNetwork(teryt: $t) { area { ${area} } } }`,
      { t: '2607' },
    );
    const generated = await gql<{ areas: unknown[] }>(
      api.url,
      `{ areas(where: { teryt: { eq: "2607" } }) { ${area} } }`,
    );
    expect(custom.errors).toBeUndefined();
    expect(generated.errors).toBeUndefined();
    expect(custom.data?.areaNetwork.area).toEqual(generated.data?.areas[0]);
    expect(custom.data?.areaNetwork.area).toMatchObject({ parent: [{ teryt: '26', level: 'VOIVODESHIP' }] });
  });

  it('the example of the issue: areaNetwork and sectorMatrix give the parent of powiat 2607', async () => {
    const res = await gql(
      api.url,
      '{ areaNetwork(teryt: "2607") { area { parent { name } } } sectorMatrix(teryt: "2607") { area { p: parent { name } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      areaNetwork: { area: { parent: [{ name: 'świętokrzyskie' }] } },
      sectorMatrix: { area: { p: [{ name: 'świętokrzyskie' }] } },
    });
  });
  it('the whole country (PL, no Area node): no parent, the voivodeships as children, lists and connections', async () => {
    const res = await gql<{
      areaNetwork: { area: Record<string, unknown> };
      zero: { area: { teryt: string; up: unknown[] } };
    }>(
      api.url,
      `query ($n: Int) {
        areaNetwork(teryt: "PL") { area { name level parent { name } children { teryt }
          first: children(sort: [{ teryt: ASC }], limit: $n) { teryt name }
          childrenConnection { totalCount } parentConnection { totalCount }
          institutions { id } ...Kids } }
        zero: areaNetwork(teryt: "00") { area { teryt up: parent { teryt } } }
      }
      fragment Kids on Area { named: children(where: { name: { eq: "świętokrzyskie" } }) { teryt } }`,
      { n: 2 },
    );
    expect(res.errors).toBeUndefined();
    const area = res.data?.areaNetwork.area as Record<string, unknown>;
    const voivodeships = await gql<{ areas: Array<{ teryt: string }> }>(
      api.url,
      '{ areas(where: { level: { eq: VOIVODESHIP } }) { teryt } }',
    );
    const expected = (voivodeships.data?.areas ?? []).map((a) => a.teryt).sort();
    expect(expected).toContain('26');
    expect(area.name).toBe('Polska');
    expect(area.level).toBe('COUNTRY');
    expect(area.parent).toEqual([]);
    expect((area.children as Array<{ teryt: string }>).map((c) => c.teryt).sort()).toEqual(expected);
    expect(area.first).toEqual([
      { teryt: expected[0], name: expect.any(String) },
      { teryt: expected[1], name: expect.any(String) },
    ]);
    expect(area.childrenConnection).toEqual({ totalCount: expected.length });
    expect(area.parentConnection).toEqual({ totalCount: 0 });
    expect(area.institutions).toEqual([]);
    expect(area.named).toEqual([{ teryt: '26' }]);
    expect(res.data?.zero.area).toEqual({ teryt: 'PL', up: [] });
  });
});
