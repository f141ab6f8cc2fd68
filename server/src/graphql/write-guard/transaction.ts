import type { ExecutionResult } from 'graphql';
import type { Driver, Transaction } from 'neo4j-driver';
import { graphqlRuntime } from '../runtime.js';

// One transaction per mutation request: every root field, the write guard's reads and checks, and
// the generated Cypher run in it (@neo4j/graphql uses `context.executionContext` when it is a
// transaction and leaves committing to us). It commits only when the whole request succeeded, so
// a mutation with two root fields either writes both or nothing (README: "a refused write changes
// nothing").

interface WriteContext {
  executionContext?: unknown;
  transaction?: { timeout?: number };
  sessionConfig?: { database?: string };
}

/** The request's write transaction, when one is open. */
export function writeTransactionOf(context: WriteContext): Transaction | null {
  const candidate = context.executionContext as Partial<Transaction> | undefined;
  return candidate && typeof candidate.commit === 'function' && typeof candidate.run === 'function'
    ? (candidate as Transaction)
    : null;
}

/**
 * Runs `work` in a new write transaction set as the context's executionContext; commits when
 * `failed(result)` says it succeeded, rolls back otherwise (and when it throws).
 */
export async function inWriteTransaction<T>(
  driver: Driver,
  context: WriteContext,
  work: () => Promise<T>,
  failed: (result: T) => boolean = () => false,
): Promise<T> {
  const session = driver.session({
    defaultAccessMode: 'WRITE',
    ...(context.sessionConfig?.database ? { database: context.sessionConfig.database } : {}),
  });
  const previous = context.executionContext;
  try {
    const tx = session.beginTransaction(
      context.transaction?.timeout ? { timeout: context.transaction.timeout } : undefined,
    );
    context.executionContext = tx;
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await tx.rollback().catch(() => {});
      throw error;
    }
    if (failed(result)) await tx.rollback().catch(() => {});
    else await tx.commit();
    return result;
  } finally {
    context.executionContext = previous;
    await session.close().catch(() => {});
  }
}

/** Executes a whole mutation request in one transaction: any error leaves the database as it was. */
export async function inOneWriteTransaction(
  driver: Driver,
  context: WriteContext,
  execute: () => Promise<ExecutionResult>,
): Promise<ExecutionResult> {
  try {
    return await inWriteTransaction(driver, context, execute, (result) => Boolean(result.errors?.length));
  } catch (error) {
    // The commit itself failed (the database went away, say): nothing was written.
    const cause = error instanceof Error ? error : new Error(String(error));
    return { errors: [new graphqlRuntime.GraphQLError(cause.message, { originalError: cause })] };
  }
}
