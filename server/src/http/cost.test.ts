import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLSchema, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../db/driver.js';
import { createNeoSchema } from '../graphql/schema.js';
import { operationCost, recordCostEstimator } from './cost.js';
import { NESTED_LIST_ESTIMATE } from './limits.js';

// The real generated schema (no database: the driver never connects).
const driver = createDriver({ uri: 'bolt://127.0.0.1:1' });
let schema: GraphQLSchema;
let cost: (query: string, variables?: Record<string, unknown>) => number | undefined;

beforeAll(async () => {
  schema = await createNeoSchema(driver).getSchema();
  const estimator = recordCostEstimator(schema, {
    pageSizeMax: 1000,
    nestedListEstimate: NESTED_LIST_ESTIMATE,
  });
  cost = (query, variables = {}) => operationCost(schema, parse(query), undefined, variables, estimator);
}, 60_000);

afterAll(() => driver.close());

describe('record cost', () => {
  it('multiplies by limit at every level (S3: two nested pages of 1,000)', () => {
    const s3 = '{ institutions(limit: 1000) { area { institutions(limit: 1000) { id name } } } }';
    expect(cost(s3)).toBeGreaterThan(2_000_000);
    expect(cost('{ institutions(limit: 10) { id name } }')).toBe(30);
  });

  it('reads page sizes from variables', () => {
    const q = 'query ($n: Int) { institutions(limit: $n) { id name } }';
    expect(cost(q, { n: 500 })).toBe(1500);
  });

  it('counts a root list without limit as a full page, unless its where pins records by key', () => {
    expect(cost('{ institutions { id } }')).toBe(2000);
    expect(cost('{ institutions(where: { id: { eq: "x" } }) { id } }')).toBe(2);
    expect(cost('{ areas(where: { teryt: { in: ["02", "04", "06"] } }) { teryt } }')).toBe(6);
  });

  it('counts connections by first, nested unpaged lists by the estimate', () => {
    expect(cost('{ institutionsConnection(first: 100) { edges { node { id } } } }')).toBe(100 * 4);
    expect(cost('{ institutions(where: { id: { eq: "x" } }) { partnerships { id } } }')).toBe(
      1 + NESTED_LIST_ESTIMATE * 2,
    );
  });

  it('counts plain lists (networks) once', () => {
    expect(cost('{ areaNetwork(teryt: "2607") { nodes { id } edges { id } } }')).toBe(5);
  });

  // The app's InstitutionDetails (connections two deep, unpaged) is the dearest: about 7,000.
  it('prices every query the web app sends at most half the default limit', () => {
    const dir = join(import.meta.dirname, '../../../web/src/api/operations');
    const source = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const document = parse(source);
    const fragments = document.definitions.filter((f) => f.kind === Kind.FRAGMENT_DEFINITION);
    const prices: Record<string, number | undefined> = {};
    for (const d of document.definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION || d.operation !== 'query' || !d.name) continue;
      // A value for each scalar variable, as the app sends them (the page sizes it uses are ≤ 50).
      const variables = Object.fromEntries(
        (d.variableDefinitions ?? []).flatMap((v) => {
          const name = print(v.type).replace(/!$/, '');
          if (name.startsWith('[')) return [[v.variable.name.value, []]];
          const type = schema.getType(name);
          if (type && 'getValues' in type) return [[v.variable.name.value, type.getValues()[0]?.value]];
          if (type && 'getFields' in type) return [];
          const value = { Int: 50, Float: 1, Boolean: true }[name] ?? 'x';
          return [[v.variable.name.value, value]];
        }),
      );
      prices[d.name.value] = cost(print({ ...document, definitions: [d, ...fragments] }), variables);
    }
    expect(Object.keys(prices).length).toBeGreaterThan(8);
    for (const [name, price] of Object.entries(prices)) {
      expect(price, name).toBeDefined();
      expect(price, name).toBeLessThan(25_000 / 2);
    }
  });
});
