import type { Session } from 'neo4j-driver';

/** Institutions per membership query: big enough to be few queries, small enough to sort quickly. */
const SLICE = 1000;

/**
 * How long one export query may stay open. A query streams as fast as the client downloads, so
 * the database's default transaction limit (DB_TX_TIMEOUT_MS, 30 s, meant for API requests) would
 * cut a national export to a slow client short.
 */
const EXPORT_QUERY_TIMEOUT_MS = 30 * 60 * 1000;

/** Streams one query's records (the driver fetches in batches and waits while we are behind). */
export async function* rows<T>(
  session: Session,
  query: string,
  params: Record<string, unknown>,
): AsyncGenerator<T> {
  for await (const record of session.run(query, params, { timeout: EXPORT_QUERY_TIMEOUT_MS })) {
    yield record.toObject() as T;
  }
}

export function* slices(ids: string[]): Generator<string[]> {
  for (let i = 0; i < ids.length; i += SLICE) yield ids.slice(i, i + SLICE);
}
