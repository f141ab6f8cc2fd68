import { isTerytCode, levelOfTeryt } from '@splot/domain';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { AreaRef } from '../../network/types.js';
import { readAreaGraph } from '../read-area-analytics.js';
import { readRows } from '../read-rows.js';
import { adamicAdarFromCommon, partnersWithinBudgetByBounds } from './adamic-adar.js';
import { type AreaSuggestion, areaMissingPartners } from './area-missing-partners.js';
import type { EgoGaps, Place } from './ego-gaps.js';
import { findMissingPartners, type SharedRead } from './find-missing-partners.js';
import { readLocatedInstitutions } from './located-institutions.js';
import type { EgoPartner, PartnerCandidate } from './missing-partners.js';
import { readRestOfVoivodeship } from './read-rest-candidates.js';
import {
  type AffiliationSnapshot,
  snapshotPartnerSlots,
  snapshotSlotsWithinBudget,
} from './snapshot/affiliation-snapshot.js';
import { keptSnapshot, readWithVersion, snapshotAt } from './snapshot/read-affiliation-snapshot.js';
import { snapshotMissingPartners } from './snapshot/snapshot-finder.js';

/** Beyond this many institutions the area form (all pairs) is too slow to answer per request. */
export const MAX_AREA_INSTITUTIONS = 2000;

/**
 * Memberships read to find common partners: bounds a request at national scale, where a partner
 * in a region-wide partnership reaches thousands. The widest partners, weighing least, go first.
 */
export const ADAMIC_ADAR_BUDGET = 50_000;

export class AreaTooLargeError extends Error {
  constructor(readonly institutions: number) {
    super(
      `The area has ${institutions} institutions; area-wide suggestions stop at ${MAX_AREA_INSTITUTIONS}.`,
    );
  }
}

/** The `area` asked for beside an institution does not exist. */
export class UnknownAreaError extends Error {
  constructor(readonly teryt: string) {
    super(`No area has the TERYT code "${teryt}".`);
  }
}

export interface InstitutionMissingPartners {
  institution: Place;
  /** The area the user is looking at, if given: candidates outside it carry OUTSIDE_AREA. */
  area: AreaRef | null;
  asOf: string | null;
  partners: EgoPartner[];
  /** Partners too widely connected to expand for Adamic–Adar (see ADAMIC_ADAR_BUDGET). */
  commonPartnersSkipped: number;
  gaps: EgoGaps;
  candidates: Array<PartnerCandidate & { forInstitution: Place }>;
  /** Where the answer came from: the in-memory snapshot, or the database's Cypher (same answer). */
  answeredFrom: 'snapshot' | 'database';
}

interface CoMemberRow extends EgoPartner {
  focal: string;
  meet: number;
}

/**
 * Each focal institution's partners as of the date (co-members of a partnership or collaboration).
 * `meet`, when given, receives each partner's lower bound of reach (see institution-partners.cypher).
 */
export async function readPartners(
  tx: ManagedTransaction,
  ids: string[],
  asOf: string | null,
  meet?: Map<string, number>,
): Promise<Map<string, EgoPartner[]>> {
  const out = new Map<string, EgoPartner[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await readRows<CoMemberRow>(tx, 'institution-partners', { ids, asOf });
  for (const { focal, meet: size, ...partner } of rows) {
    out.get(focal)?.push(partner);
    meet?.set(partner.id, Math.max(meet.get(partner.id) ?? 0, Number(size)));
  }
  return out;
}

async function areaNames(tx: ManagedTransaction, teryts: string[]): Promise<Record<string, string>> {
  const rows = await readRows<{ teryt: string; name: string }>(tx, 'area-names', { teryts });
  return Object.fromEntries(rows.map((r) => [r.teryt, r.name]));
}

/** The area codes above and at a location: voivodeship, powiat, gmina. */
const chain = (teryt: string | null) =>
  teryt ? [2, 4, 7].filter((n) => teryt.length >= n).map((n) => teryt.slice(0, n)) : [];

export interface MissingPartnersArgs {
  institutionId: string;
  asOf: string | null;
  limit: number;
  area?: string | null;
}

/**
 * Missing partners of one institution: its gaps, and candidates from its voivodeship, the best
 * `limit` found without reading the whole voivodeship (find-missing-partners.ts). With `area` (the
 * area the user is looking at), candidates outside it say so. Null when no institution has that id;
 * throws UnknownAreaError for an `area` that does not exist.
 *
 * Answered from the in-memory affiliation snapshot when it holds the database's current data
 * (read-affiliation-snapshot.ts: one round trip to check), else from Cypher while the snapshot is
 * rebuilt in the background. `snapshot: false` always asks the database.
 */
export async function readInstitutionMissingPartners(
  driver: Driver,
  args: MissingPartnersArgs,
  { snapshot: useSnapshot = true }: { snapshot?: boolean } = {},
): Promise<InstitutionMissingPartners | null> {
  if (useSnapshot) {
    const area = args.area ?? null;
    // Whether the snapshot is current takes a round trip: it is asked first and the snapshot held
    // answers meanwhile; the answer is used only if the data has not changed since it was read.
    const versionRead = readWithVersion(driver, async (tx) =>
      area ? (await readRows<AreaRef>(tx, 'area', { teryt: area }))[0] : undefined,
    );
    versionRead.catch(() => undefined);
    const kept = keptSnapshot(driver);
    const early =
      kept &&
      (await missingPartnersFromSnapshot(kept.snapshot, {
        ...args,
        // As the snapshot knows it; replaced below by the database's row once it is current.
        chosen:
          area && isTerytCode(area)
            ? { teryt: area, name: kept.snapshot.areaNames.get(area) ?? area, level: levelOfTeryt(area) }
            : null,
      }));
    const { value: chosen, version } = await versionRead;
    if (area && !chosen) throw new UnknownAreaError(area);
    // The snapshot held is current: its answer stands (null too: no such institution).
    if (kept?.version === version) return early && { ...early, area: chosen ?? null };
    const snapshot = snapshotAt(driver, version);
    if (snapshot) return missingPartnersFromSnapshot(snapshot, { ...args, chosen: chosen ?? null });
  }
  return readFromDatabase(driver, args);
}

/** readInstitutionMissingPartners() from Cypher (find-missing-partners.ts reads what it needs). */
async function readFromDatabase(
  driver: Driver,
  { institutionId, asOf, limit, area = null }: MissingPartnersArgs,
): Promise<InstitutionMissingPartners | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const [ego] = await readRows<Place>(tx, 'institution-place', { id: institutionId });
      if (!ego) return null;
      const [chosen] = area ? await readRows<AreaRef>(tx, 'area', { teryt: area }) : [];
      if (area && !chosen) throw new UnknownAreaError(area);
      const meet = new Map<string, number>();
      const partners = (await readPartners(tx, [ego.id], asOf, meet)).get(ego.id) ?? [];
      const { expand, skipped } = await partnersWithinBudgetByBounds(
        meet,
        async (ids) => {
          const rows = await readRows<{ id: string; reach: number }>(tx, 'partner-reach', { ids });
          return new Map(rows.map((r) => [r.id, Number(r.reach)]));
        },
        ADAMIC_ADAR_BUDGET,
      );
      const voivodeship = ego.teryt?.slice(0, 2) ?? null;
      const nearArea = ego.teryt && ego.teryt.length >= 4 ? ego.teryt.slice(0, 4) : null;
      const none = async () => [];
      const near = nearArea ? await readLocatedInstitutions(tx, nearArea, asOf) : [];
      const names = await areaNames(tx, chain(ego.teryt));
      const found = await findMissingPartners(
        {
          ego,
          partners,
          near,
          areaNames: names,
          chosenArea: chosen ? { teryt: chosen.teryt, name: chosen.name } : null,
        },
        voivodeship
          ? {
              shared: (wanted, minIndex) => readShared(tx, { ego, expand, asOf, wanted, minIndex }),
              places: (ids) => readRows<Place>(tx, 'institution-places', { ids, voivodeship, asOf }),
              rest: (groups) => readRestOfVoivodeship(tx, { voivodeship, near: nearArea, asOf, groups }),
            }
          : {
              shared: async () => ({ shared: new Map(), kinds: new Map(), nextIndex: 0 }),
              places: none,
              rest: none,
            },
        limit,
      );
      return {
        institution: ego,
        area: chosen ?? null,
        asOf,
        partners,
        commonPartnersSkipped: skipped,
        gaps: found.gaps,
        candidates: found.candidates.map((c) => ({ ...c, forInstitution: ego })),
        answeredFrom: 'database',
      };
    });
  } finally {
    await session.close();
  }
}

/**
 * readInstitutionMissingPartners() from an affiliation snapshot: the same answer as the finder
 * gives from Cypher, computed in one pass over the snapshot's arrays (snapshot-finder.ts).
 * Partner reach is known exactly, so the budget needs no bounds.
 */
export async function missingPartnersFromSnapshot(
  s: AffiliationSnapshot,
  {
    institutionId,
    asOf,
    limit,
    chosen,
  }: { institutionId: string; asOf: string | null; limit: number; chosen: AreaRef | null },
): Promise<InstitutionMissingPartners | null> {
  const egoIndex = s.index.get(institutionId);
  if (egoIndex === undefined) return null;
  const ego = s.places[egoIndex] as Place;
  const { partners, slots } = snapshotPartnerSlots(s, egoIndex, asOf);
  const { expand, skipped } = snapshotSlotsWithinBudget(s, slots, ADAMIC_ADAR_BUDGET);
  const names: Record<string, string> = {};
  for (const code of chain(ego.teryt)) {
    const name = s.areaNames.get(code);
    if (name !== undefined) names[code] = name;
  }
  const found = snapshotMissingPartners(
    s,
    {
      ego: egoIndex,
      partners,
      partnerSlots: slots,
      expand,
      asOf,
      areaNames: names,
      chosenArea: chosen ? { teryt: chosen.teryt, name: chosen.name } : null,
    },
    limit,
  );
  return {
    institution: ego,
    area: chosen,
    asOf,
    partners,
    commonPartnersSkipped: skipped,
    gaps: found.gaps,
    candidates: found.candidates.map((c) => ({ ...c, forInstitution: ego })),
    answeredFrom: 'snapshot',
  };
}

/** Adamic–Adar of the institutions two steps away through the expanded partners (see SharedRead). */
async function readShared(
  tx: ManagedTransaction,
  {
    ego,
    expand,
    asOf,
    wanted,
    minIndex,
  }: {
    ego: Place;
    expand: string[];
    asOf: string | null;
    wanted: string[];
    minIndex: { other: number; byKind: Record<string, number> };
  },
): Promise<SharedRead> {
  if (expand.length === 0) return { shared: new Map(), kinds: new Map(), nextIndex: 0 };
  const [row] = await readRows<{
    rows: Array<{ id: string; kind: string | null; common: string[]; degrees: number[] }>;
    nextIndex: number;
  }>(tx, 'common-partners', {
    ids: expand,
    asOf,
    ego: ego.id,
    wanted,
    minIndex: minIndex.other,
    kindMinIndex: minIndex.byKind,
  });
  const rows = row?.rows ?? [];
  const degree = new Map<string, number>();
  for (const r of rows) {
    for (const [i, z] of r.common.entries()) degree.set(z, Number(r.degrees[i]));
  }
  return {
    shared: adamicAdarFromCommon(rows, degree, expand),
    kinds: new Map(rows.map((r) => [r.id, r.kind])),
    nextIndex: Number(row?.nextIndex ?? 0),
  };
}

export interface AreaMissingPartners {
  area: AreaRef;
  asOf: string | null;
  candidates: Array<PartnerCandidate & { forInstitution: Place }>;
}

/** Missing ties inside an area (its own network only); null for an unknown area. */
export async function readAreaMissingPartners(
  driver: Driver,
  {
    teryt,
    asOf,
    limit,
    sourcedOnly = false,
  }: { teryt: string; asOf: string | null; limit: number; sourcedOnly?: boolean },
): Promise<AreaMissingPartners | null> {
  // sourcedOnly: a pair tied only by unsourced ties is not tied (the institution form, answered
  // from the snapshot, always counts every tie).
  const read = await readAreaGraph(driver, { teryt, asOf, tieKinds: null, sourcedOnly });
  if (!read) return null;
  if (read.graph.order > MAX_AREA_INSTITUTIONS) throw new AreaTooLargeError(read.graph.order);
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const located = await readLocatedInstitutions(tx, teryt, asOf);
      const places = new Map(located.map((p) => [p.id, p]));
      const teryts = new Set<string>();
      for (const p of located) for (const code of chain(p.teryt)) teryts.add(code);
      const names = await areaNames(tx, [...teryts]);
      const suggestions: AreaSuggestion[] = areaMissingPartners(read.graph, places, names, limit);
      return {
        area: read.area,
        asOf,
        candidates: suggestions.map((s) => ({ ...s.candidate, forInstitution: s.institution })),
      };
    });
  } finally {
    await session.close();
  }
}
