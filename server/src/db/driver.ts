import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

// One driver per process; an embedded database runs without auth, a remote one with basic auth.
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
  });
}
