import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
  /**
   * How long to wait for the database when it is away (default 2 s). Connecting, retrying a
   * transaction and waiting for a pooled connection are all bounded by small multiples of it,
   * so a request fails fast during an outage; the driver reconnects by itself afterwards.
   */
  connectTimeoutMs?: number;
}

// One driver per process; an embedded database runs without auth, a remote one with basic auth.
export function createDriver({ uri, user, password, connectTimeoutMs = 2_000 }: DriverOptions): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionTimeout: connectTimeoutMs,
    connectionAcquisitionTimeout: connectTimeoutMs * 2.5,
    maxTransactionRetryTime: connectTimeoutMs,
  });
}
