import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { readRows } from '../../read-rows.js';
import {
  type AffiliationSnapshot,
  buildAffiliationSnapshot,
  type SnapshotRows,
} from './affiliation-snapshot.js';

/**
 * The affiliation snapshot (affiliation-snapshot.ts) of each driver's database, kept in memory and
 * used only while the database has not changed since it was read.
 *
 * Data version: the bookmark a read transaction returns names the last transaction committed in
 * the database (a write that changes nothing commits none). Every write path — the API's
 * mutations, imports, seed, the bulk loader, a Cypher shell, another API process on the same
 * database or cluster — moves it, without any hook to forget. So a request reads the bookmark (one
 * round trip, together with whatever small read it needs anyway) and uses the snapshot only if it
 * was built at that very version; otherwise it answers from Cypher as before and a rebuild starts
 * in the background. A snapshot is never stale: at worst it goes unused.
 */

/** How long a rebuild may read (three statements over the whole graph). */
const BUILD_TIMEOUT_MS = 5 * 60_000;
/**
 * Rebuilds start at most this often, and never more often than every few build times: a database
 * written to all the time (a test run, an import) would otherwise spend its cores rebuilding.
 */
export const MIN_REBUILD_GAP_MS = 30_000;
const REBUILD_GAP_BUILDS = 3;

interface Kept {
  version: string;
  snapshot: AffiliationSnapshot;
}

interface State {
  kept: Kept | null;
  building: Promise<Kept | null> | null;
  /** When the last build ended and how long it took (ms), for the rebuild gap. */
  endedAt: number;
  tookMs: number;
  /** Set by stopSnapshots(): no more builds (the driver is closing). */
  stopped: boolean;
}

const states = new WeakMap<Driver, State>();

function stateOf(driver: Driver): State {
  let state = states.get(driver);
  if (!state) {
    state = { kept: null, building: null, endedAt: 0, tookMs: 0, stopped: false };
    states.set(driver, state);
  }
  return state;
}

/** The data version after a read transaction of this session (its bookmark). */
const versionOf = (session: Session) => session.lastBookmarks().join(',');

/**
 * Runs `read` in a read transaction and returns its result with the data version at its end.
 * The version is read in the same transaction's bookmark, so it costs no extra round trip.
 */
export async function readWithVersion<T>(
  driver: Driver,
  read: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ value: T; version: string }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const value = await session.executeRead(read);
    return { value, version: versionOf(session) };
  } finally {
    await session.close();
  }
}

/** The current data version (an empty read transaction's bookmark). */
export async function dataVersion(driver: Driver): Promise<string> {
  return (await readWithVersion(driver, (tx) => readRows(tx, 'data-version', {}))).version;
}

/**
 * Reads the whole snapshot. Consistent only if no write committed while it read: the version is
 * read before and after (in one session, so a cluster member that serves a later transaction has
 * caught up with the earlier ones), and a snapshot read across a write is dropped (null).
 */
export async function readAffiliationSnapshot(driver: Driver): Promise<Kept | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const read = async <T>(name: string) =>
      session.executeRead((tx) => readRows<T>(tx, name, {}), { timeout: BUILD_TIMEOUT_MS });
    await read('data-version');
    const before = versionOf(session);
    const areas = await read<SnapshotRows['areas'][number]>('snapshot-areas');
    const institutions = await read<SnapshotRows['institutions'][number]>('snapshot-institutions');
    const affiliations = await read<SnapshotRows['affiliations'][number]>('snapshot-affiliations');
    await read('data-version');
    if (versionOf(session) !== before) return null;
    return { version: before, snapshot: buildAffiliationSnapshot({ areas, institutions, affiliations }) };
  } finally {
    await session.close();
  }
}

/** Builds the snapshot now unless one is being built (then waits for that one). */
export function rebuildSnapshot(driver: Driver): Promise<Kept | null> {
  const state = stateOf(driver);
  if (state.building) return state.building;
  const start = Date.now();
  state.building = readAffiliationSnapshot(driver)
    .then((kept) => {
      if (kept && !state.stopped) state.kept = kept;
      return kept;
    })
    .catch(() => null) // the requests keep answering from Cypher; the next gap retries
    .finally(() => {
      state.building = null;
      state.endedAt = Date.now();
      state.tookMs = state.endedAt - start;
    });
  return state.building;
}

/**
 * The snapshot if it was built at `version`; else null, and a rebuild starts in the background
 * when the last one is long enough ago.
 */
export function snapshotAt(driver: Driver, version: string, now = Date.now()): AffiliationSnapshot | null {
  const state = stateOf(driver);
  if (state.kept?.version === version) return state.kept.snapshot;
  const gap = Math.max(MIN_REBUILD_GAP_MS, REBUILD_GAP_BUILDS * state.tookMs);
  if (!state.stopped && !state.building && (state.endedAt === 0 || now - state.endedAt >= gap)) {
    void rebuildSnapshot(driver);
  }
  return null;
}

/** The snapshot held now and the data version it was read at (current or not), if any. */
export function keptSnapshot(driver: Driver): Readonly<Kept> | null {
  return stateOf(driver).kept;
}

/**
 * What the driver's snapshot is doing, for /health: 'off' (ANALYTICS_SNAPSHOT=false), 'building',
 * 'ready' (one is held; it answers only while the data is unchanged), 'none' (not built yet).
 */
export function snapshotStatus(driver: Driver): 'off' | 'building' | 'ready' | 'none' {
  const state = stateOf(driver);
  return state.stopped ? 'off' : state.building ? 'building' : state.kept ? 'ready' : 'none';
}

/** Builds the snapshot and waits for it (API start-up, benchmarks); null if data changed meanwhile. */
export async function warmSnapshot(driver: Driver): Promise<AffiliationSnapshot | null> {
  return (await rebuildSnapshot(driver))?.snapshot ?? null;
}

/**
 * Forgets the driver's snapshot and starts no more builds (before closing the driver; a build
 * under way then fails quietly).
 */
export function stopSnapshots(driver: Driver): void {
  const state = stateOf(driver);
  state.stopped = true;
  state.kept = null;
}
