import { z } from 'zod';
import { isIsoDate } from './dates.js';
import { isValidKrs, isValidNip, isValidRegon } from './identifiers.js';

// Input rules for what editors write, in one place: the server enforces them on the generated
// mutations (graphql/write-guard/) and the web app's forms show the same messages early.
// Messages are codes (the web app translates `rule.<code>`; the server spells them in English).
// Keep this folder free of Node-only imports: the browser bundles it.

export { isIsoDate } from './dates.js';
export { isValidKrs, isValidNip, isValidRegon } from './identifiers.js';

export const RULE_MESSAGES = {
  required: 'is required',
  tooShort: 'is too short',
  tooLong: 'is too long',
  date: 'is not a date (YYYY-MM-DD)',
  future: 'lies in the future',
  dateOrder: 'ends before it starts',
  nip: 'is not a valid NIP (10 digits with a correct checksum)',
  regon: 'is not a valid REGON (9 or 14 digits with a correct checksum)',
  krs: 'is not a KRS number (10 digits)',
  url: 'is not a web address (http:// or https://)',
  email: 'is not an e-mail address',
  phone: 'is not a phone number',
  lat: 'is not a latitude in Poland (49–55)',
  lon: 'is not a longitude in Poland (14–24.2)',
  nonNegative: 'must not be negative',
  integer: 'must be a whole number',
} as const;
export type RuleCode = keyof typeof RULE_MESSAGES;

const text = (max: number) => z.string().trim().max(max, 'tooLong').nullish();
const name = (max: number) => z.string().trim().min(2, 'tooShort').max(max, 'tooLong');
const date = z.string().refine(isIsoDate, 'date').nullish();
const pastDate = date.refine((value) => !value || value <= new Date().toISOString().slice(0, 10), 'future');
const url = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i, 'url')
  .nullish();

/**
 * A rule set: the fields' own rules, and pairs of date fields that must be in order (the end
 * not before the start). Kept apart, so an update can check only the fields it sends.
 */
export interface RuleSet {
  fields: z.ZodObject<z.ZodRawShape>;
  ordered?: ReadonlyArray<readonly [start: string, end: string]>;
}

export const institutionFields: RuleSet = {
  fields: z.object({
    name: name(300),
    shortName: text(80),
    legalForm: text(120),
    address: text(300),
    krs: z.string().refine(isValidKrs, 'krs').nullish(),
    regon: z.string().refine(isValidRegon, 'regon').nullish(),
    nip: z.string().refine(isValidNip, 'nip').nullish(),
    website: url,
    email: z.email('email').nullish(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{6,20}$/, 'phone')
      .nullish(),
    founded: pastDate,
    lat: z.number().min(49, 'lat').max(55, 'lat').nullish(),
    lon: z.number().min(14, 'lon').max(24.2, 'lon').nullish(),
  }),
};

export const partnershipFields: RuleSet = {
  fields: z.object({
    name: name(300),
    signedOn: date,
    endedOn: date,
    goal: text(2000),
    membersDeclared: z.number().int('integer').min(0, 'nonNegative').nullish(),
  }),
  ordered: [['signedOn', 'endedOn']],
};

export const collaborationFields: RuleSet = {
  fields: z.object({
    title: name(300),
    startedOn: date,
    endedOn: date,
    programme: text(300),
    amountPln: z.number().min(0, 'nonNegative').nullish(),
  }),
  ordered: [['startedOn', 'endedOn']],
};

export const sourceFields: RuleSet = {
  fields: z.object({
    title: name(500),
    publisher: text(200),
    url,
    publishedOn: pastDate,
  }),
};

export const membershipFields: RuleSet = {
  fields: z.object({ since: date, until: date }),
  ordered: [['since', 'until']],
};
export const citationFields: RuleSet = { fields: z.object({ quote: text(2000) }) };

/** The rules per node type, as @neo4j/graphql names the mutations (createInstitutions…). */
export const NODE_RULES = {
  Institution: institutionFields,
  Partnership: partnershipFields,
  Collaboration: collaborationFields,
  Source: sourceFields,
} as const;

export interface RuleViolation {
  /** The field, e.g. "nip" or "endedOn". */
  field: string;
  code: RuleCode;
}

// zod compiles a schema on its first parse; a fresh `.partial()` per call compiled it again for
// every row of an import (half of a 100,000-row import's time), so each rule set keeps its own.
const partials = new WeakMap<RuleSet, z.ZodObject<z.ZodRawShape>>();
function partialOf(rules: RuleSet): z.ZodObject<z.ZodRawShape> {
  let schema = partials.get(rules);
  if (!schema) {
    schema = rules.fields.partial();
    partials.set(rules, schema);
  }
  return schema;
}

/** Checks values against a rule set; with `partial`, only the fields present (an update). */
export function checkRules(
  rules: RuleSet,
  values: Record<string, unknown>,
  partial = false,
): RuleViolation[] {
  const schema = partial ? partialOf(rules) : rules.fields;
  const result = schema.safeParse(values);
  const violations: RuleViolation[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        code: (issue.message in RULE_MESSAGES ? issue.message : 'required') as RuleCode,
      }));
  for (const [start, end] of rules.ordered ?? []) {
    const from = values[start];
    const to = values[end];
    if (typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to) && to < from) {
      if (!violations.some((v) => v.field === end)) violations.push({ field: end, code: 'dateOrder' });
    }
  }
  return violations;
}

/** The rules per type as the schema names it: the node types, and the relationship properties. */
export const TYPE_RULES: Readonly<Record<string, RuleSet>> = {
  ...NODE_RULES,
  Membership: membershipFields,
  Citation: citationFields,
};

/**
 * The one check of the domain rules every write path runs (the GraphQL write guard on each
 * input object, the import on each row): the values of a type's fields that break a rule.
 * Values of fields the type has no rule for are not looked at; a type without rules passes.
 */
export function ruleViolations(
  type: string,
  values: Record<string, unknown>,
  partial = false,
): RuleViolation[] {
  const rules = TYPE_RULES[type];
  if (!rules) return [];
  const known = rules.fields.shape;
  const own = Object.fromEntries(Object.entries(values).filter(([field]) => field in known));
  return checkRules(rules, own, partial);
}

/**
 * The rules a write breaks by changing a record from `stored` to `after`: only the fields it
 * changes (records written before a rule existed stay editable), with both dates of an ordered
 * pair when either changes. Cleared (null) fields are left to the schema's required marks.
 */
export function changeViolations(
  type: string,
  stored: Record<string, unknown>,
  after: Record<string, unknown>,
): RuleViolation[] {
  const rules = TYPE_RULES[type];
  if (!rules) return [];
  const changed = Object.keys(rules.fields.shape).filter(
    (field) => JSON.stringify(after[field] ?? null) !== JSON.stringify(stored[field] ?? null),
  );
  if (changed.length === 0) return [];
  const checked: Record<string, unknown> = {};
  for (const field of changed) checked[field] = after[field] ?? null;
  for (const pair of rules.ordered ?? []) {
    if (pair.some((field) => changed.includes(field)))
      for (const field of pair) checked[field] = after[field] ?? null;
  }
  for (const field of Object.keys(checked)) if (checked[field] === null) delete checked[field];
  return ruleViolations(type, checked, true);
}

/** A violation in words: "Institution nip is not a valid NIP (…) (rule: nip)." */
export const describeViolation = (type: string, v: RuleViolation) =>
  `${type} ${v.field} ${RULE_MESSAGES[v.code]} (rule: ${v.code}).`;
