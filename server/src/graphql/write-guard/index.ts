import { describeViolation, ruleViolations } from '@splot/domain';
import type { GraphQLFieldResolver, GraphQLInputType, GraphQLSchema } from 'graphql';
import type { Driver, Transaction } from 'neo4j-driver';
import type { Principal } from '../../auth/principal.js';
import { badUserInput, forbidden, unauthenticated } from '../../errors.js';
import { citedBeforeWrite, sourceFlags, uncitedAfterWrite } from './citations.js';
import { writeModel } from './model.js';
import { planMutation, type WritePlan } from './plan.js';
import { callerOf, outsideRegions, refusedToEditor, regionBound } from './policy.js';
import { findTouched, NoKey, TooManyRecords } from './resolve.js';
import { brokenByWrite, storedProperties } from './stored-rules.js';
import { inWriteTransaction, writeTransactionOf } from './transaction.js';

type Args = Record<string, unknown>;
interface GuardContext {
  principal?: Principal | null;
  executionContext?: unknown;
}

function checkInput(plan: WritePlan): void {
  for (const { type, path, values, partial } of plan.validations) {
    const first = ruleViolations(type, values, partial)[0];
    if (first) throw badUserInput(`${path}.${first.field}`, describeViolation(type, first));
  }
  const uncited = plan.citations[0];
  if (uncited) throw badUserInput(uncited.field, uncited.message);
}

const describe = (records: Array<{ type: string; key: string }>) =>
  records
    .slice(0, 3)
    .map((r) => `${r.type} ${r.key}`)
    .join(', ');

/**
 * Wraps every generated create/update/delete mutation so that, in the write's own transaction:
 * 1. callers without a token, or without the editor or admin role, are refused before anything;
 * 2. the input is checked against the domain rules (domain/rules), nested creates, edges and the
 *    deprecated `*_SET` forms included, BAD_USER_INPUT naming the field;
 * 3. for an editor, every existing record the write reaches (found by the write's own filters)
 *    must lie in their regions before the write and still after it, as write-guard/policy.ts says
 *    per type, relationship properties included;
 * 4. what the write leaves stored is checked against the domain rules again (policy of
 *    stored-rules.ts), so arithmetic and one-date updates cannot slip past;
 * 5. every partnership and collaboration created cites a source or says it has none yet; one that
 *    loses its last source in the write is marked unsourced, one that gains a source is not
 *    unsourced any more, and one the write links (a member joins) is not left without either
 *    (citations.ts).
 * A refusal rolls the whole request back (transaction.ts).
 */
export function guardMutations(schema: GraphQLSchema, driver?: Driver): GraphQLSchema {
  const model = writeModel(schema);
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const node of model.values()) {
    const suffix = node.plural.charAt(0).toUpperCase() + node.plural.slice(1);
    for (const operation of ['create', 'update', 'delete'] as const) {
      const field = fields[`${operation}${suffix}`];
      if (!field?.resolve) continue;
      const resolve = field.resolve as GraphQLFieldResolver<unknown, GuardContext>;
      const argTypes: Record<string, GraphQLInputType> = Object.fromEntries(
        field.args.map((a) => [a.name, a.type]),
      );
      field.resolve = async (root, args: Args, context, info) => {
        const caller = callerOf(context.principal);
        if (!context.principal) throw unauthenticated('Writing needs a token (Authorization: Bearer …).');
        if (caller === 'none')
          throw forbidden('Your token does not allow writing (an editor or admin role is needed).');
        const plan = planMutation(model, node, operation, args, argTypes);
        checkInput(plan);
        const guarded = async (tx: Transaction) => {
          let touched: Awaited<ReturnType<typeof findTouched>>;
          try {
            touched = await findTouched(info.schema, context, plan.roots, model);
          } catch (error) {
            if (error instanceof TooManyRecords)
              throw badUserInput(
                'where',
                'The write matches more records than one page holds (PAGE_SIZE_MAX); narrow its filters.',
              );
            if (error instanceof NoKey && caller === 'editor')
              throw forbidden(`Only an admin may write ${error.type} records.`);
            throw error;
          }
          const regions = context.principal?.regions ?? [];
          const bound = regionBound(touched);
          if (caller === 'editor') {
            const refused = refusedToEditor(touched, plan.creates);
            if (refused) throw forbidden(refused);
            const outside = await outsideRegions(tx, bound, regions);
            if (outside.length > 0)
              throw forbidden(
                `${describe(outside)} lies outside your regions (${regions.join(', ') || 'none'}).`,
              );
          }
          const before = await storedProperties(tx, touched);
          const cited = await citedBeforeWrite(tx, touched);
          const result = await resolve(root, args, context, info);
          if (caller === 'editor') {
            const outside = await outsideRegions(tx, bound, regions);
            if (outside.length > 0)
              throw forbidden(
                `After this write ${describe(outside)} would lie outside your regions (${regions.join(', ') || 'none'}).`,
              );
          }
          const broken = brokenByWrite(before, await storedProperties(tx, touched));
          if (broken) {
            const { type, key, violation } = broken;
            throw badUserInput(`${type}(${key}).${violation.field}`, describeViolation(type, violation));
          }
          await sourceFlags(tx, touched, cited);
          const uncited = await uncitedAfterWrite(tx, touched);
          if (uncited) throw badUserInput(uncited.field, uncited.message);
          return result;
        };
        const tx = writeTransactionOf(context);
        if (tx) return guarded(tx);
        if (!driver) throw new Error('The write guard needs a driver or a request transaction');
        return inWriteTransaction(driver, context, () => guarded(writeTransactionOf(context) as Transaction));
      };
    }
  }
  return schema;
}
