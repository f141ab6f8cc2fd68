import { codeBook } from '@splot/domain';
import type { SharedPartners } from '../adamic-adar.js';
import { adamicAdarTerm } from '../adamic-adar.js';
import type { Place } from '../ego-gaps.js';
import type { EgoPartner } from '../missing-partners.js';

/**
 * The bipartite institution–affiliation graph (partnerships and collaborations with their member
 * institutions) in typed arrays, for the missing-partner finder. At national scale its Cypher
 * reads expand cliques of thousands of members on every request; here the same walks are array
 * loops. Built from the rows of cypher/queries/snapshot-*.cypher; read-only once built.
 *
 * Every rule is the Cypher one (institution-partners, partner-reach, common-partners,
 * located-institutions, institution-places, rest-candidates), so both give the same answers:
 * memberships have the periods of the time model (domain/time.ts, cypher/fragments/time.cypher),
 * two members are partners only while their periods overlap, and on a date only if both are
 * current then; a partner counts only if founded by then (or its `founded` is not a date); a
 * candidate counts only if founded by then or `founded` is unset.
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
  /** Each institution's position among all ids in code-unit order (as `<` compares), and back. */
  idRank: Int32Array;
  byRank: Int32Array;
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
  /**
   * Per institution, for scoring without strings (snapshot-finder.ts): its sector and kind as
   * positions in `sectors` and `kinds` (-1: null), and its TERYT code, the code's first four and
   * first two characters as positions in one table of codes (-1: no TERYT, or shorter than four).
   */
  sectors: string[];
  kinds: string[];
  sectorCode: Int16Array;
  kindCode: Int16Array;
  terytCode: Int32Array;
  powiatCode: Int32Array;
  voivodeshipCode: Int32Array;
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
  const byRank = Int32Array.from(places.keys()).sort((x, y) => {
    const a = (places[x] as Place).id;
    const b = (places[y] as Place).id;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const idRank = new Int32Array(n);
  for (const [r, i] of byRank.entries()) idRank[i] = r;
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
  const sectors = codeBook();
  const kinds = codeBook();
  const teryts = codeBook();
  const sectorCode = new Int16Array(n).fill(-1);
  const kindCode = new Int16Array(n).fill(-1);
  const terytCode = new Int32Array(n).fill(-1);
  const powiatCode = new Int32Array(n).fill(-1);
  const voivodeshipCode = new Int32Array(n).fill(-1);
  for (const [i, p] of places.entries()) {
    if (p.sector !== null) sectorCode[i] = sectors.code(p.sector);
    if (p.kind !== null) kindCode[i] = kinds.code(p.kind);
    if (p.teryt) {
      terytCode[i] = teryts.code(p.teryt);
      voivodeshipCode[i] = teryts.code(p.teryt.slice(0, 2));
      if (p.teryt.length >= 4) powiatCode[i] = teryts.code(p.teryt.slice(0, 4));
    }
  }
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
    idRank,
    byRank,
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
    sectors: sectors.values,
    kinds: kinds.values,
    sectorCode,
    kindCode,
    terytCode,
    powiatCode,
    voivodeshipCode,
  };
}

/** The day of `asOf` (null: every tie counts). */
export const asOfDay = (asOf: string | null) => (asOf === null ? null : dayNumber(asOf));

/** A candidate counts if founded by then or `founded` is unset (a non-date fails the comparison). */
export const placeFounded = (s: AffiliationSnapshot, i: number, day: number | null) => {
  const f = s.founded[i] as number;
  return day === null || f === UNSET || (f !== NOT_A_DATE && f <= day);
};

/**
 * Scratch space of one walk, one slot per institution, reused across requests: a walk is
 * synchronous, so two never overlap. `mark[i] === stamp` means "seen in this walk".
 */
export interface Scratch {
  /** mark[i] === stamp: met in this walk. */
  mark: Int32Array;
  /**
   * In a partner walk, per institution i at 3i: the walk's stamp when met, the affiliation it
   * was last counted in, and its weight. Side by side: the walk touches all three at once, of
   * institutions met in no particular order.
   */
  tie: Int32Array;
  /** In a two-step walk: met[i] === its stamp, and the index summed so far. */
  met: Int32Array;
  sum: Float64Array;
  /** In a two-step walk: each met institution's position in the walk's order. */
  slot: Int32Array;
  /**
   * Buffers of a two-step walk: co-members of one partner, institutions met, and the
   * (institution, partner's position) pairs met (grown as needed).
   */
  others: Int32Array;
  order: Int32Array;
  pairs: Int32Array;
  /** Two-step walks so far: a walk's pairs are read only until the next walk. */
  walks: number;
  stamp: number;
}
const scratches = new WeakMap<AffiliationSnapshot, Scratch>();

export function scratchOf(s: AffiliationSnapshot): Scratch {
  let scratch = scratches.get(s);
  if (!scratch) {
    const n = s.places.length;
    scratch = {
      mark: new Int32Array(n),
      tie: new Int32Array(3 * n),
      met: new Int32Array(n),
      sum: new Float64Array(n),
      slot: new Int32Array(n),
      others: new Int32Array(n),
      order: new Int32Array(n),
      pairs: new Int32Array(1024),
      walks: 0,
      stamp: 0,
    };
    scratches.set(s, scratch);
  }
  return scratch;
}

/** A new stamp: every mark of earlier walks is now stale. */
export function nextStamp(scratch: Scratch): number {
  reserveStamps(scratch, 1);
  scratch.stamp++;
  return scratch.stamp;
}

/** Makes sure `k` more stamps fit before the counter wraps (clearing every mark if not). */
export function reserveStamps(scratch: Scratch, k: number) {
  if (scratch.stamp + k >= 2_147_483_647) {
    scratch.mark.fill(0);
    scratch.tie.fill(0);
    scratch.met.fill(0);
    scratch.stamp = 0;
  }
}

/**
 * The co-members of institution `i` as of the day, each once: every other institution sharing a
 * current affiliation with it (both memberships current then and overlapping, the co-member
 * founded by then). Each of i's memberships is walked (two of one affiliation may differ in time).
 * Writes them to `out` and returns how many; scratch.tie[3p + 2] is then the number of affiliations
 * p shares with i (an institution with two memberships of one affiliation shares it once).
 */
function coMembers(
  s: AffiliationSnapshot,
  scratch: Scratch,
  i: number,
  day: number | null,
  out: Int32Array,
): number {
  const seen = nextStamp(scratch);
  const { tie } = scratch;
  const { memberStart, memberAffiliation, memberSlot, affiliationStart, affiliationMember } = s;
  const { affiliationFrom: from, affiliationTo: to, founded } = s;
  // The tests written out in the loop (it runs over every membership of the ego's affiliations).
  const dated = day !== null;
  const d = day ?? 0;
  let end = 0;
  for (let m = memberStart[i] as number; m < (memberStart[i + 1] as number); m++) {
    const a = memberAffiliation[m] as number;
    const own = memberSlot[m] as number;
    const ownFrom = from[own] as number;
    const ownTo = to[own] as number;
    // A membership counts if it is a period (start not after end) current on the day.
    if (ownFrom > ownTo || (dated && (ownFrom > d || ownTo < d))) continue;
    for (let q = affiliationStart[a] as number; q < (affiliationStart[a + 1] as number); q++) {
      const p = affiliationMember[q] as number;
      if (p === i) continue;
      const f = from[q] as number;
      const t = to[q] as number;
      if (f > t || (dated && (f > d || t < d))) continue;
      // Both periods share a day: the two members are tied only then.
      if ((f > ownFrom ? f : ownFrom) > (t < ownTo ? t : ownTo)) continue;
      // A partner counts if founded by then, or if `founded` is unset or not a date.
      if (dated) {
        const born = founded[p] as number;
        if (born !== UNSET && born !== NOT_A_DATE && born > d) continue;
      }
      const at = 3 * p;
      if (tie[at] !== seen) {
        tie[at] = seen;
        tie[at + 1] = a;
        tie[at + 2] = 1;
        out[end++] = p;
      } else if (tie[at + 1] !== a) {
        tie[at + 1] = a;
        tie[at + 2] = (tie[at + 2] as number) + 1;
      }
    }
  }
  return end;
}

/** Room for the co-members of an institution: at most its reach, at most everyone. */
const roomFor = (s: AffiliationSnapshot, i: number) =>
  new Int32Array(Math.min(s.places.length, s.reach[i] as number));

/** The institution's partners as of the date, with the tie weight (institution-partners.cypher). */
export const snapshotPartners = (s: AffiliationSnapshot, ego: number, asOf: string | null): EgoPartner[] =>
  snapshotPartnerSlots(s, ego, asOf).partners;

/** snapshotPartners(), with each partner's institution index beside it (`slots`, same order). */
export function snapshotPartnerSlots(
  s: AffiliationSnapshot,
  ego: number,
  asOf: string | null,
): { partners: EgoPartner[]; slots: Int32Array } {
  const scratch = scratchOf(s);
  const found = roomFor(s, ego);
  const end = coMembers(s, scratch, ego, asOfDay(asOf), found);
  const partners: EgoPartner[] = new Array(end);
  for (let k = 0; k < end; k++) {
    const p = found[k] as number;
    const { id, label, kind, sector, teryt } = s.places[p] as Place;
    partners[k] = { id, label, kind, sector, teryt, weight: scratch.tie[3 * p + 2] as number };
  }
  return { partners, slots: found.subarray(0, end) };
}

/** Each institution's reach (partner-reach.cypher): Σ sizes of its affiliations. */
export const snapshotReach = (s: AffiliationSnapshot, ids: readonly string[]): Map<string, number> =>
  new Map(ids.map((id) => [id, s.reach[s.index.get(id) ?? -1] ?? 0]));

/**
 * partnersWithinBudget(snapshotReach(partners), budget), sorting numbers instead of pairs: each
 * partner's key is its reach and then its rank by id, packed into one exact float.
 */
export const snapshotWithinBudget = (
  s: AffiliationSnapshot,
  partners: readonly Place[],
  budget: number,
): { expand: string[]; skipped: number } =>
  snapshotSlotsWithinBudget(
    s,
    partners.map((p) => s.index.get(p.id) ?? -1),
    budget,
  );

/** snapshotWithinBudget() of partners given by institution index (-1: not in the snapshot). */
export function snapshotSlotsWithinBudget(
  s: AffiliationSnapshot,
  partners: ArrayLike<number>,
  budget: number,
): { expand: string[]; skipped: number } {
  const scale = s.places.length + 1;
  // Only partners up to the last one's reach need sorting (a hub has tens of thousands).
  const widest = reachCut(s, partners, budget);
  let count = 0;
  const keys = new Float64Array(partners.length);
  for (let k = 0; k < partners.length; k++) {
    const i = partners[k] as number;
    const reach = s.reach[i] ?? 0;
    if (reach <= widest) keys[count++] = reach * scale + (s.idRank[i] ?? 0);
  }
  keys.subarray(0, count).sort();
  const expand: string[] = [];
  let used = 0;
  for (const key of keys.subarray(0, count)) {
    const reach = Math.floor(key / scale);
    if (used + reach > budget) break;
    used += reach;
    expand.push((s.places[s.byRank[key - reach * scale] as number] as Place).id);
  }
  return { expand, skipped: partners.length - expand.length };
}

/**
 * The reach of the last partner the budget reaches, least reach first: partners wider than it
 * are never expanded. Counted per reach value (reaches are whole numbers) when there are many.
 */
function reachCut(s: AffiliationSnapshot, partners: ArrayLike<number>, budget: number): number {
  if (partners.length < 4096 || !Number.isInteger(budget) || budget > 1_000_000) return budget;
  const counts = new Int32Array(budget + 1);
  for (let k = 0; k < partners.length; k++) {
    const reach = s.reach[partners[k] as number] ?? 0;
    if (reach <= budget) counts[reach] = (counts[reach] as number) + 1;
  }
  let used = 0;
  for (let reach = 1; reach <= budget; reach++) {
    used += (counts[reach] as number) * reach;
    if (used > budget) return reach;
  }
  return budget;
}

/** The institutions two steps from the ego with their Adamic–Adar index; `common` on demand. */
export interface TwoSteps {
  /** Institution indexes, in the order first met. */
  ids: Int32Array;
  index: Float64Array;
  /**
   * The common partners (in `expand` order) of the institutions at these positions of `ids`.
   * Read from the walk's buffers, so only until the next walk on the same snapshot; it uses the
   * scratch's `mark` and `slot`.
   */
  common(ks: readonly number[]): string[][];
}

/**
 * Adamic–Adar of every institution two steps from the ego through the `expand` partners, as
 * common-partners.cypher + adamicAdarFromCommon() compute it: each partner z's term uses z's
 * partner count as of the date, and the terms are added in `expand` order (the same sums to the
 * last bit). The buffers are the snapshot's scratch: a walk allocates little beyond its answer.
 */
export function snapshotTwoSteps(
  s: AffiliationSnapshot,
  ego: number,
  expand: readonly string[],
  asOf: string | null,
): TwoSteps {
  const day = asOfDay(asOf);
  const scratch = scratchOf(s);
  const zs = expand.map((id) => s.index.get(id) ?? -1);
  // One stamp for the walk and one per partner walked: none may wrap the counter midway.
  reserveStamps(scratch, zs.length + 2);
  const walk = ++scratch.walks;
  const met = nextStamp(scratch);
  const { met: metMark, sum, others, order } = scratch;
  let pairs = scratch.pairs;
  let pairCount = 0;
  let count = 0;
  for (const [position, z] of zs.entries()) {
    if (z < 0) continue;
    const end = coMembers(s, scratch, z, day, others);
    const term = adamicAdarTerm(end);
    if (pairs.length < (pairCount + end) * 2) {
      const grown = new Int32Array(Math.max(pairs.length * 2, (pairCount + end) * 2));
      grown.set(pairs.subarray(0, pairCount * 2));
      pairs = grown;
      scratch.pairs = grown;
    }
    for (let k = 0; k < end; k++) {
      const p = others[k] as number;
      if (p === ego) continue;
      if (metMark[p] !== met) {
        metMark[p] = met;
        sum[p] = 0;
        order[count++] = p;
      }
      sum[p] = (sum[p] as number) + term;
      pairs[pairCount * 2] = p;
      pairs[pairCount * 2 + 1] = position;
      pairCount++;
    }
  }
  const ids = order.slice(0, count);
  const index = new Float64Array(count);
  for (let k = 0; k < count; k++) index[k] = sum[ids[k] as number] as number;
  return {
    ids,
    index,
    common: (ks) => {
      if (scratch.walks !== walk) throw new Error('common(): the walk has been overwritten by another');
      // One pass over the pairs (in expand order), marking the institutions asked for.
      const asked = nextStamp(scratch);
      const { mark, slot } = scratch;
      const out = ks.map(() => [] as string[]);
      for (const [j, k] of ks.entries()) {
        const p = ids[k] as number;
        mark[p] = asked;
        slot[p] = j;
      }
      for (let k = 0; ks.length > 0 && k < pairCount; k++) {
        const p = pairs[k * 2] as number;
        if (mark[p] === asked) out[slot[p] as number]?.push(expand[pairs[k * 2 + 1] as number] as string);
      }
      return out;
    },
  };
}

/** snapshotTwoSteps() as a map: id → index, common partners and kind (for tests and small graphs). */
export function snapshotAdamicAdar(
  s: AffiliationSnapshot,
  ego: number,
  expand: readonly string[],
  asOf: string | null,
): Map<string, SharedPartners & { kind: string | null }> {
  const two = snapshotTwoSteps(s, ego, expand, asOf);
  const common = two.common([...two.ids.keys()]);
  const out = new Map<string, SharedPartners & { kind: string | null }>();
  for (const [k, p] of two.ids.entries()) {
    const place = s.places[p] as Place;
    out.set(place.id, { index: two.index[k] as number, common: common[k] as string[], kind: place.kind });
  }
  return out;
}

/*
 * The candidates' reads, one by one as the Cypher path makes them. snapshot-finder.ts reads the
 * same institutions in one pass; its tests take these as the definition.
 */

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
