import { UNKNOWN_SECTOR } from '../../measures/graph.js';
import type { SharedPartners } from '../adamic-adar.js';
import { type EgoGaps, egoGapsFromCounts, type Place } from '../ego-gaps.js';
import {
  compareCandidates,
  type EgoPartner,
  type MissingPartnersInput,
  type PartnerCandidate,
  pairingPart,
  round,
  SCORE_WEIGHTS,
  scoreCandidates,
  sectorPart,
} from '../missing-partners.js';
import {
  type AffiliationSnapshot,
  asOfDay,
  nextStamp,
  placeFounded,
  reserveStamps,
  scratchOf,
  snapshotTwoSteps,
} from './affiliation-snapshot.js';

export interface SnapshotFinderInput {
  ego: number;
  partners: readonly EgoPartner[];
  /** The partners' institution indexes (snapshotPartnerSlots), all in the snapshot. */
  partnerSlots: ArrayLike<number>;
  /** The partners expanded for Adamic–Adar (snapshotSlotsWithinBudget). */
  expand: readonly string[];
  asOf: string | null;
  areaNames: MissingPartnersInput['areaNames'];
  chosenArea: MissingPartnersInput['chosenArea'];
}

/** A candidate while ranking: just what compareCandidates() reads, and where it is. */
interface Ranked {
  slot: number;
  score: number;
  adamicAdar: number;
  label: string;
  id: string;
}

/**
 * missingPartners() over the ego's voivodeship, as findMissingPartners() gives it from the
 * snapshot's readers, in one pass over the snapshot's arrays: every candidate of the voivodeship
 * (and the powiat's located ones) is scored from per-institution codes (sector, kind, TERYT
 * prefixes) and the Adamic–Adar sums of the two-step walk, keeping only the best `limit`; no
 * object is made for a candidate that cannot enter the list. Only the ones kept are scored and
 * explained by scoreCandidates(), as before. Synchronous: the scratch arrays are reused.
 */
export function snapshotMissingPartners(
  s: AffiliationSnapshot,
  input: SnapshotFinderInput,
  limit: number,
): { gaps: EgoGaps; candidates: PartnerCandidate[] } {
  const egoPlace = s.places[input.ego] as Place;
  const { partners, partnerSlots, asOf } = input;
  // The partners counted by sector and kind code, for the gaps and the pairing points.
  const bySector = new Int32Array(s.sectors.length);
  const byKind = new Int32Array(s.kinds.length);
  let noSector = 0;
  for (let k = 0; k < partnerSlots.length; k++) {
    const p = partnerSlots[k] as number;
    const sector = s.sectorCode[p] as number;
    if (sector < 0) noSector++;
    else bySector[sector] = (bySector[sector] as number) + 1;
    const kind = s.kindCode[p] as number;
    if (kind >= 0) byKind[kind] = (byKind[kind] as number) + 1;
  }
  const ofKind = (kind: string) => byKind[s.kinds.indexOf(kind)] ?? 0;
  const gaps = egoGapsFromCounts(egoPlace, {
    sector: (sector) =>
      (bySector[s.sectors.indexOf(sector)] ?? 0) + (sector === UNKNOWN_SECTOR ? noSector : 0),
    kind: ofKind,
  });
  const a = egoPlace.teryt;
  if (!a || limit <= 0) return { gaps, candidates: [] };
  const day = asOfDay(asOf);
  const ego = input.ego;

  // The two-step walk uses the scratch marks itself; then its institutions are marked with their
  // position in it.
  const two = snapshotTwoSteps(s, ego, input.expand, asOf);
  const scratch = scratchOf(s);
  const { mark, met, slot: position } = scratch;
  reserveStamps(scratch, 2); // no wrap (which clears the marks) between the two stamps
  const stepped = nextStamp(scratch);
  for (let k = 0; k < two.ids.length; k++) {
    const p = two.ids[k] as number;
    mark[p] = stepped;
    position[p] = k;
  }
  // Seen: the ego, its partners and every candidate offered once.
  const seen = nextStamp(scratch);
  met[ego] = seen;
  for (let k = 0; k < partnerSlots.length; k++) met[partnerSlots[k] as number] = seen;

  // Points by sector and kind code, for this ego.
  const sectorGap = new Map(gaps.sectors.map((g) => [g.sector, g]));
  const sectorPoints = Float64Array.from(s.sectors, (sector) => sectorPart(sectorGap.get(sector)));
  const kindPoints = Float64Array.from(s.kinds, (kind, code) =>
    pairingPart(egoPlace.kind, kind, kind ? (byKind[code] as number) : 0),
  );
  const { sectorCode, kindCode, terytCode, powiatCode, voivodeshipCode } = s;
  const egoTeryt = a.length === 7 ? (terytCode[ego] as number) : -2;
  const egoPowiat = powiatCode[ego] as number;
  const egoVoivodeship = voivodeshipCode[ego] as number;
  const proximity = (c: number) => {
    const t = terytCode[c] as number;
    if (t < 0) return 0;
    if (t === egoTeryt) return SCORE_WEIGHTS.sameGmina;
    if (egoPowiat >= 0 && powiatCode[c] === egoPowiat) return SCORE_WEIGHTS.samePowiat;
    return voivodeshipCode[c] === egoVoivodeship ? SCORE_WEIGHTS.sameVoivodeship : 0;
  };

  const top: Ranked[] = [];
  const offer = (c: number) => {
    if (met[c] === seen || !placeFounded(s, c, day)) return;
    met[c] = seen;
    const sector = sectorCode[c] as number;
    const kind = kindCode[c] as number;
    const index = mark[c] === stepped ? (two.index[position[c] as number] as number) : null;
    // The same sums in the same order as scoreCandidates(), so the same floats.
    const score = round(
      (sector < 0 ? 0 : (sectorPoints[sector] as number)) +
        (kind < 0 ? 0 : (kindPoints[kind] as number)) +
        (index === null ? 0 : round(SCORE_WEIGHTS.commonPartners * index)) +
        proximity(c),
    );
    const adamicAdar = round(index ?? 0);
    const last = top.length >= limit ? (top[limit - 1] as Ranked) : null;
    if (last && (score < last.score || (score === last.score && adamicAdar < last.adamicAdar))) return;
    const { id, label } = s.places[c] as Place;
    const ranked: Ranked = { slot: c, score, adamicAdar, label, id };
    if (last && compareCandidates(ranked, last) >= 0) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareCandidates(top[mid] as Ranked, ranked) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, ranked);
    if (top.length > limit) top.pop();
  };

  // The candidates findMissingPartners() reads: those located in the ego's powiat, the others of
  // the voivodeship (TERYT code starting with its two digits) outside the powiat's code, and those
  // inside it two steps away.
  const near = a.length >= 4 ? a.slice(0, 4) : null;
  if (near !== null) for (const c of s.located.get(near) ?? []) offer(c);
  for (const c of s.byVoivodeship.get(a.slice(0, 2)) ?? []) {
    if (near === null || powiatCode[c] !== egoPowiat || mark[c] === stepped) offer(c);
  }

  // The kept ones two steps away, with their common partners (common() reuses mark and slot).
  const kept = top.filter((r) => mark[r.slot] === stepped);
  const ks = kept.map((r) => position[r.slot] as number);
  const common = two.common(ks);
  const shared = new Map<string, SharedPartners>();
  for (const [j, r] of kept.entries()) {
    shared.set(r.id, { index: two.index[ks[j] as number] as number, common: common[j] as string[] });
  }
  const candidates = scoreCandidates(
    {
      ego: egoPlace,
      partners,
      shared,
      candidates: top.map((r) => s.places[r.slot] as Place),
      areaNames: input.areaNames,
      chosenArea: input.chosenArea ?? null,
      partnerLookup: {
        // None of the candidates above is a partner: all were marked seen before any was offered.
        tied: () => false,
        label: (id) => s.places[s.index.get(id) ?? -1]?.label,
        ofKind,
      },
    },
    gaps,
    true,
  );
  return { gaps, candidates };
}
