import type { SharedPartners } from './adamic-adar.js';
import { adamicAdarTerm } from './adamic-adar.js';
import type { Place } from './ego-gaps.js';
import type { EgoPartner } from './missing-partners.js';

/**
 * The bipartite institution–affiliation graph (partnerships and collaborations with their member
 * institutions) in typed arrays, for the missing-partner finder. At national scale its Cypher
 * reads expand cliques of thousands of members on every request; here the same walks are array
 * loops. Built from the rows of cypher/queries/snapshot-*.cypher; read-only once built.
 *
 * Every rule is the Cypher one (institution-partners, partner-reach, common-partners,
 * located-institutions, institution-places, rest-candidates), so both give the same answers:
 * a membership is current on a date unless a date-typed start is after it or a date-typed end
 * before it; a partner counts only if founded by then (or its `founded` is not a date); a candidate
 * counts only if founded by then or `founded` is unset.
 */
export interface SnapshotRows {
  areas: ReadonlyArray<{ teryt: string; name: string | null; above: readonly string[] }>;
  institutions: ReadonlyArray<{
    id: string;
    label: string | null;
    kind: string | null;
    sector: string | null;
    teryt: string | null;
    /** 'YYYY-MM-DD', null when unset, 'other' when set but not a date. */
    founded: string | null;
  }>;
  affiliations: ReadonlyArray<{
    /** All memberships of the affiliation, any date and any member (partner-reach.cypher). */
    size: number;
    members: readonly string[];
    /** Per member: when the membership starts and ends ('YYYY-MM-DD'; '' or null: no date bound). */
    starts: ReadonlyArray<string | null>;
    ends: ReadonlyArray<string | null>;
  }>;
}

/** Day numbers: no lower / upper bound, and a `founded` that is set but not a date. */
const NO_START = -2_147_483_648;
const NO_END = 2_147_483_647;
const UNSET = NO_START;
const NOT_A_DATE = NO_END;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (as Cypher's toString(date) writes it). */
export function dayNumber(date: string): number {
  const m = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  const at = new Date(0);
  at.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(at.getTime() / 86_400_000);
}

export interface AffiliationSnapshot {
  /** Institutions by index. */
  places: Place[];
  index: Map<string, number>;
  founded: Int32Array;
  /** Σ sizes of each institution's affiliations: an upper bound of its partner count. */
  reach: Float64Array;
  /** Institution → its memberships (CSR): affiliation index and the dates it is current between. */
  memberStart: Int32Array;
  memberAffiliation: Int32Array;
  /** Affiliation → its memberships (CSR): member index and dates. */
  affiliationStart: Int32Array;
  affiliationMember: Int32Array;
  affiliationFrom: Int32Array;
  affiliationTo: Int32Array;
  /** Index into affiliationMember/-From/-To of each institution's membership (parallel to memberAffiliation). */
  memberSlot: Int32Array;
  areaNames: Map<string, string>;
  /** Institutions located in each area or up to two levels below it (located-institutions.cypher). */
  located: Map<string, number[]>;
  /** Institutions whose area's TERYT code starts with each two-digit code (a voivodeship). */
  byVoivodeship: Map<string, number[]>;
}

export function buildAffiliationSnapshot(rows: SnapshotRows): AffiliationSnapshot {
  const places: Place[] = [];
  const index = new Map<string, number>();
  for (const r of rows.institutions) {
    if (index.has(r.id)) continue;
    index.set(r.id, places.length);
    places.push({ id: r.id, label: r.label ?? '', kind: r.kind, sector: r.sector, teryt: r.teryt });
  }
  const n = places.length;
  const founded = new Int32Array(n);
  for (const r of rows.institutions) {
    const i = index.get(r.id) as number;
    founded[i] = r.founded === null ? UNSET : r.founded === 'other' ? NOT_A_DATE : dayNumber(r.founded);
  }

  // Affiliation → members, keeping only known institutions.
  const affiliationCount = rows.affiliations.length;
  const affiliationStart = new Int32Array(affiliationCount + 1);
  let total = 0;
  for (const [a, r] of rows.affiliations.entries()) {
    affiliationStart[a] = total;
    for (const id of r.members) if (index.has(id)) total++;
  }
  affiliationStart[affiliationCount] = total;
  const affiliationMember = new Int32Array(total);
  const affiliationFrom = new Int32Array(total);
  const affiliationTo = new Int32Array(total);
  const reach = new Float64Array(n);
  const memberships = new Int32Array(n + 1);
  let k = 0;
  for (const r of rows.affiliations) {
    for (const [j, id] of r.members.entries()) {
      const i = index.get(id);
      if (i === undefined) continue;
      const start = r.starts[j];
      const end = r.ends[j];
      affiliationMember[k] = i;
      affiliationFrom[k] = start ? dayNumber(start) : NO_START;
      affiliationTo[k] = end ? dayNumber(end) : NO_END;
      reach[i] = (reach[i] as number) + r.size;
      memberships[i + 1] = (memberships[i + 1] as number) + 1;
      k++;
    }
  }
  // Institution → memberships: the same slots, grouped by member.
  const memberStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    memberStart[i + 1] = (memberStart[i] as number) + (memberships[i + 1] as number);
  const fill = memberStart.slice(0, n);
  const memberAffiliation = new Int32Array(total);
  const memberSlot = new Int32Array(total);
  for (let a = 0; a < affiliationCount; a++) {
    for (let s = affiliationStart[a] as number; s < (affiliationStart[a + 1] as number); s++) {
      const i = affiliationMember[s] as number;
      const at = fill[i] as number;
      fill[i] = at + 1;
      memberAffiliation[at] = a;
      memberSlot[at] = s;
    }
  }

  const areaNames = new Map<string, string>();
  const above = new Map<string, readonly string[]>();
  for (const a of rows.areas) {
    if (a.name !== null) areaNames.set(a.teryt, a.name);
    above.set(a.teryt, a.above);
  }
  const located = new Map<string, number[]>();
  const byVoivodeship = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const [i, p] of places.entries()) {
    if (p.teryt === null) continue;
    push(byVoivodeship, p.teryt.slice(0, 2), i);
    if (!above.has(p.teryt)) continue;
    for (const area of new Set([p.teryt, ...(above.get(p.teryt) ?? [])])) push(located, area, i);
  }
  return {
    places,
    index,
    founded,
    reach,
    memberStart,
    memberAffiliation,
    memberSlot,
    affiliationStart,
    affiliationMember,
    affiliationFrom,
    affiliationTo,
    areaNames,
    located,
    byVoivodeship,
  };
}

/** The day of `asOf` (null: every tie counts). */
const asOfDay = (asOf: string | null) => (asOf === null ? null : dayNumber(asOf));

const current = (s: AffiliationSnapshot, slot: number, day: number | null) =>
  day === null || ((s.affiliationFrom[slot] as number) <= day && (s.affiliationTo[slot] as number) >= day);

/** A partner counts if founded by then, or if `founded` is unset or not a date. */
const partnerFounded = (s: AffiliationSnapshot, i: number, day: number | null) => {
  const f = s.founded[i] as number;
  return day === null || f === UNSET || f === NOT_A_DATE || f <= day;
};

/** A candidate counts if founded by then or `founded` is unset (a non-date fails the comparison). */
const placeFounded = (s: AffiliationSnapshot, i: number, day: number | null) => {
  const f = s.founded[i] as number;
  return day === null || f === UNSET || (f !== NOT_A_DATE && f <= day);
};

/**
 * Visits the co-members of institution `i` as of the day: every other institution sharing an
 * affiliation with it, once per affiliation shared (both memberships current then).
 */
function forEachCoMember(
  s: AffiliationSnapshot,
  i: number,
  day: number | null,
  visit: (p: number, affiliation: number) => void,
) {
  const seen = new Set<number>();
  for (let m = s.memberStart[i] as number; m < (s.memberStart[i + 1] as number); m++) {
    const a = s.memberAffiliation[m] as number;
    if (seen.has(a) || !current(s, s.memberSlot[m] as number, day)) continue;
    seen.add(a);
    for (let q = s.affiliationStart[a] as number; q < (s.affiliationStart[a + 1] as number); q++) {
      const p = s.affiliationMember[q] as number;
      if (p === i || !current(s, q, day) || !partnerFounded(s, p, day)) continue;
      visit(p, a);
    }
  }
}

/** The institution's partners as of the date, with the tie weight (institution-partners.cypher). */
export function snapshotPartners(s: AffiliationSnapshot, ego: number, asOf: string | null): EgoPartner[] {
  const day = asOfDay(asOf);
  const weight = new Map<number, number>();
  const last = new Map<number, number>();
  forEachCoMember(s, ego, day, (p, a) => {
    // An institution with two memberships of one affiliation shares it once.
    if (last.get(p) === a) return;
    last.set(p, a);
    weight.set(p, (weight.get(p) ?? 0) + 1);
  });
  return [...weight].map(([p, w]) => ({ ...(s.places[p] as Place), weight: w }));
}

/** Each institution's reach (partner-reach.cypher): Σ sizes of its affiliations. */
export const snapshotReach = (s: AffiliationSnapshot, ids: readonly string[]): Map<string, number> =>
  new Map(ids.map((id) => [id, s.reach[s.index.get(id) ?? -1] ?? 0]));

/**
 * Adamic–Adar of every institution two steps from the ego through the `expand` partners, as
 * common-partners.cypher + adamicAdarFromCommon() compute it: each partner z's term uses z's
 * partner count as of the date, and the terms are added in `expand` order (the same sums to the
 * last bit).
 */
export function snapshotAdamicAdar(
  s: AffiliationSnapshot,
  ego: number,
  expand: readonly string[],
  asOf: string | null,
): Map<string, SharedPartners & { kind: string | null }> {
  const day = asOfDay(asOf);
  const out = new Map<number, SharedPartners>();
  for (const zid of expand) {
    const z = s.index.get(zid);
    if (z === undefined) continue;
    const others = new Set<number>();
    forEachCoMember(s, z, day, (p) => others.add(p));
    const term = adamicAdarTerm(others.size);
    for (const p of others) {
      if (p === ego) continue;
      const entry = out.get(p);
      if (entry) {
        entry.index += term;
        entry.common.push(zid);
      } else out.set(p, { index: term, common: [zid] });
    }
  }
  return new Map(
    [...out].map(([p, shared]) => {
      const place = s.places[p] as Place;
      return [place.id, { ...shared, kind: place.kind }];
    }),
  );
}

/** The institution as institution-place.cypher reads it, or undefined. */
export const snapshotPlace = (s: AffiliationSnapshot, id: string): Place | undefined => {
  const i = s.index.get(id);
  return i === undefined ? undefined : s.places[i];
};

/** Institutions located in the area or below it, founded by the date (located-institutions.cypher). */
export function snapshotLocated(s: AffiliationSnapshot, teryt: string, asOf: string | null): Place[] {
  const day = asOfDay(asOf);
  return (s.located.get(teryt) ?? []).filter((i) => placeFounded(s, i, day)).map((i) => s.places[i] as Place);
}

/** These institutions, those located in the voivodeship and founded by the date (institution-places.cypher). */
export function snapshotPlaces(
  s: AffiliationSnapshot,
  ids: readonly string[],
  voivodeship: string,
  asOf: string | null,
): Place[] {
  const day = asOfDay(asOf);
  const out: Place[] = [];
  for (const id of ids) {
    const i = s.index.get(id);
    if (i === undefined || !placeFounded(s, i, day)) continue;
    const place = s.places[i] as Place;
    if (place.teryt?.startsWith(voivodeship)) out.push(place);
  }
  return out;
}

/**
 * The voivodeship's institutions outside `near` (a powiat code; null: none), founded by the date,
 * that pass `keep` (rest-candidates.cypher with the groups of rest-groups.ts).
 */
export function snapshotVoivodeship(
  s: AffiliationSnapshot,
  voivodeship: string,
  near: string | null,
  asOf: string | null,
  keep: (p: Place) => boolean,
): Place[] {
  const day = asOfDay(asOf);
  const out: Place[] = [];
  for (const i of s.byVoivodeship.get(voivodeship.slice(0, 2)) ?? []) {
    const place = s.places[i] as Place;
    if (!place.teryt?.startsWith(voivodeship)) continue;
    if (near !== null && place.teryt.startsWith(near)) continue;
    if (placeFounded(s, i, day) && keep(place)) out.push(place);
  }
  return out;
}
