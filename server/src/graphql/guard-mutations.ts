import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { checkRules, NODE_RULES, RULE_MESSAGES } from '../domain/rules/index.js';
import { badUserInput } from '../errors.js';

type Args = Record<string, unknown>;

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

function plainValues(values: Args): Args {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plainValue(v)]));
}

/** Scalar values of an update input: @neo4j/graphql 7 wraps each in `{ set: value }`. */
export function updatedValues(update: unknown): Args {
  const values: Args = {};
  if (!update || typeof update !== 'object') return values;
  for (const [field, operation] of Object.entries(update as Args)) {
    if (operation && typeof operation === 'object' && !Array.isArray(operation) && 'set' in operation) {
      values[field] = plainValue((operation as { set: unknown }).set);
    }
  }
  return values;
}

/** The top-level input objects of a create or update, with the argument path to report. */
export function inputsOf(
  mutation: 'create' | 'update',
  args: Args,
): Array<{ path: string; values: Args; partial: boolean }> {
  if (mutation === 'create') {
    const input = Array.isArray(args.input) ? (args.input as Args[]) : [];
    return input.map((values, i) => ({ path: `input[${i}]`, values: plainValues(values), partial: false }));
  }
  return args.update ? [{ path: 'update', values: updatedValues(args.update), partial: true }] : [];
}

/**
 * Wraps the generated create/update mutations of the domain types so they refuse input that
 * breaks the shared rules (domain/rules) with BAD_USER_INPUT naming the field — the same rules
 * the web app's forms apply. Nested creates are left to GraphQL's own type checks.
 */
export function guardMutations(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const [type, rules] of Object.entries(NODE_RULES)) {
    for (const mutation of ['create', 'update'] as const) {
      const field = fields[`${mutation}${type}s`];
      if (!field) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args: Args, context, info) => {
        for (const { path, values, partial } of inputsOf(mutation, args)) {
          const first = checkRules(rules, values, partial)[0];
          if (first) {
            throw badUserInput(
              `${path}.${first.field}`,
              `${type} ${first.field} ${RULE_MESSAGES[first.code]} (rule: ${first.code}).`,
            );
          }
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
