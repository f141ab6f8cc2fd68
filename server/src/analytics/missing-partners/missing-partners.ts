import { adamicAdar, type SharedPartners } from './adamic-adar.js';
import { type EgoGaps, egoGaps, type Place } from './ego-gaps.js';
import { typicalPairing } from './kind-pairings.js';
import {
  commonPartners,
  outsideArea,
  type Reason,
  sameArea,
  sectorAbsent,
  sectorThin,
  typicalPairingReason,
} from './reasons.js';

/**
 * The points behind a candidate's score, kept as data so the ranking can be explained and tuned.
 * Score = sector + pairing + commonPartners + proximity, where
 *   sector          sectorAbsent if the candidate's sector is missing among the ego's partners,
 *                   sectorThin if it is thin (never for the ego's own sector: that is not cross-sector);
 *   pairing         pairingAbsent if the kinds are a typical pairing and the ego has no partner of
 *                   the candidate's kind yet, pairing if it already has one;
 *   commonPartners  commonPartners × the Adamic–Adar index (Σ 1/ln deg of each common partner);
 *   proximity       sameGmina, else samePowiat, else sameVoivodeship.
 */
export const SCORE_WEIGHTS = {
  sectorAbsent: 3,
  sectorThin: 1.5,
  pairingAbsent: 2,
  pairing: 1,
  commonPartners: 1,
  sameGmina: 2,
  samePowiat: 1,
  sameVoivodeship: 0.5,
} as const;

export interface ScoreParts {
  sector: number;
  pairing: number;
  commonPartners: number;
  proximity: number;
}

export interface PartnerCandidate extends Place {
  score: number;
  parts: ScoreParts;
  adamicAdar: number;
  /** Ids of the partners the ego and the candidate share. */
  commonPartners: string[];
  reasons: Reason[];
}

export interface EgoPartner extends Place {
  /** Shared partnerships and collaborations. */
  weight: number;
}

export interface MissingPartnersInput {
  ego: Place;
  partners: readonly EgoPartner[];
  /**
   * Each partner z of the ego → z's own partners (the ego among them), for Adamic–Adar; or, already
   * summed, `shared` (what adamicAdar() returns for these).
   */
  partnerNeighbours?: ReadonlyMap<string, ReadonlySet<string>>;
  shared?: ReadonlyMap<string, SharedPartners>;
  /** Who may be suggested; the ego and its partners are dropped whatever this holds. */
  candidates: readonly Place[];
  /** What scoring reads of `partners`, when the caller has it indexed already (else made from them). */
  partnerLookup?: PartnerLookup;
  /** Area names by TERYT code (at least the ego's gmina, powiat and voivodeship), for the reasons. */
  areaNames: Readonly<Record<string, string>>;
  /** The area the user is looking at: a candidate located outside it says so (no points either way). */
  chosenArea?: { teryt: string; name: string } | null;
}

export interface MissingPartners {
  gaps: EgoGaps;
  candidates: PartnerCandidate[];
}

/** Points and indexes are shown, compared and ranked to three decimals. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

function proximity(
  ego: Place,
  candidate: Place,
  areaNames: Readonly<Record<string, string>>,
  explain = true,
) {
  const a = ego.teryt;
  const b = candidate.teryt;
  const name = (teryt: string) => areaNames[teryt] ?? teryt;
  if (!a || !b) return { points: 0, reason: null };
  if (a.length === 7 && a === b)
    return { points: SCORE_WEIGHTS.sameGmina, reason: explain ? sameArea('GMINA', a, name(a)) : null };
  if (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4)) {
    const p = a.slice(0, 4);
    return { points: SCORE_WEIGHTS.samePowiat, reason: explain ? sameArea('POWIAT', p, name(p)) : null };
  }
  if (a.slice(0, 2) === b.slice(0, 2)) {
    const v = a.slice(0, 2);
    return {
      points: SCORE_WEIGHTS.sameVoivodeship,
      reason: explain ? sameArea('VOIVODESHIP', v, name(v)) : null,
    };
  }
  return { points: 0, reason: null };
}

/**
 * The sector part of a candidate's score: what its sector adds to the ego's partners. A function of
 * the sector alone, so the finder can bound whole groups of institutions without reading them.
 */
export function sectorPart(gap: EgoGaps['sectors'][number] | undefined): number {
  if (!gap || gap.own) return 0;
  return gap.status === 'ABSENT'
    ? SCORE_WEIGHTS.sectorAbsent
    : gap.status === 'THIN'
      ? SCORE_WEIGHTS.sectorThin
      : 0;
}

/** The pairing part: a function of the two kinds and of how many partners of that kind the ego has. */
export function pairingPart(egoKind: string | null, kind: string | null, partnersOfKind: number): number {
  if (!egoKind || !kind || !typicalPairing(egoKind, kind)) return 0;
  return partnersOfKind === 0 ? SCORE_WEIGHTS.pairingAbsent : SCORE_WEIGHTS.pairing;
}

const byKindOf = new WeakMap<readonly Place[], ReadonlyMap<string, number>>();

/** How many of the ego's partners are of each kind (counted once per list: the finder asks often). */
export function partnersByKind(partners: readonly Place[]): ReadonlyMap<string, number> {
  let byKind = byKindOf.get(partners);
  if (!byKind) {
    const counts = new Map<string, number>();
    for (const p of partners) if (p.kind) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    byKind = counts;
    byKindOf.set(partners, byKind);
  }
  return byKind;
}

/** Polish collation, made once: localeCompare(…, 'pl') builds a collator on every call. */
const polish = new Intl.Collator('pl');

/** What the ranking reads of a candidate. */
export type RankKey = Pick<PartnerCandidate, 'score' | 'adamicAdar' | 'label' | 'id'>;

/** Highest score first; equal scores by more common partners, then by name and id. */
export function compareCandidates(a: RankKey, b: RankKey): number {
  return (
    b.score - a.score ||
    b.adamicAdar - a.adamicAdar ||
    polish.compare(a.label, b.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** What scoring reads of the ego's partners: who is one, a partner's name, how many of a kind. */
export interface PartnerLookup {
  tied: (id: string) => boolean;
  label: (id: string) => string | undefined;
  ofKind: (kind: string) => number;
}

const partnerIndexes = new WeakMap<readonly EgoPartner[], PartnerLookup>();

/** Lookups over the ego's partners, made once per partner list (the finder scores in batches). */
function partnerIndex(partners: readonly EgoPartner[]): PartnerLookup {
  let index = partnerIndexes.get(partners);
  if (!index) {
    const tied = new Set(partners.map((p) => p.id));
    // Only for the reasons of the candidates shown.
    let labels: Map<string, string> | null = null;
    const kindPartners = partnersByKind(partners);
    index = {
      tied: (id) => tied.has(id),
      label: (id) => {
        labels ??= new Map(partners.map((p) => [p.id, p.label]));
        return labels.get(id);
      },
      ofKind: (kind) => kindPartners.get(kind) ?? 0,
    };
    partnerIndexes.set(partners, index);
  }
  return index;
}

/**
 * Every candidate scored and explained, best first; never the ego nor an institution already tied.
 * `explain: false` leaves the reasons and the common partners' ids out (same scores and order): for ranking many candidates of
 * which only a few are shown.
 */
export function scoreCandidates(
  input: MissingPartnersInput,
  gaps = egoGaps(input.ego, input.partners),
  explain = true,
) {
  const { ego, partners, areaNames, chosenArea } = input;
  const lookup = input.partnerLookup ?? partnerIndex(partners);
  const sectorGap = new Map(gaps.sectors.map((g) => [g.sector, g]));
  const aa = input.shared ?? adamicAdar(ego.id, input.partnerNeighbours ?? new Map());

  const scored: PartnerCandidate[] = [];
  for (const c of input.candidates) {
    if (c.id === ego.id || lookup.tied(c.id)) continue;
    const reasons: Reason[] = [];
    const parts: ScoreParts = { sector: 0, pairing: 0, commonPartners: 0, proximity: 0 };

    const gap = c.sector === null ? undefined : sectorGap.get(c.sector);
    parts.sector = sectorPart(gap);
    if (explain && gap && parts.sector > 0)
      reasons.push(gap.status === 'ABSENT' ? sectorAbsent(gap.sector) : sectorThin(gap.sector, gap.partners));

    const ofKind = c.kind ? lookup.ofKind(c.kind) : 0;
    parts.pairing = pairingPart(ego.kind, c.kind, ofKind);
    const pairing = explain ? typicalPairing(ego.kind, c.kind) : undefined;
    if (explain && pairing && ego.kind && c.kind && parts.pairing > 0)
      reasons.push(typicalPairingReason(ego.kind, c.kind, pairing.why, ofKind === 0));

    const shared = aa.get(c.id);
    if (shared) {
      parts.commonPartners = round(SCORE_WEIGHTS.commonPartners * shared.index);
    }
    if (explain && shared) {
      const names = shared.common.map((z) => lookup.label(z) ?? z).sort(polish.compare);
      reasons.push(commonPartners(names));
    }

    const near = proximity(ego, c, areaNames, explain);
    parts.proximity = near.points;
    if (near.reason) reasons.push(near.reason);

    if (explain && chosenArea && !c.teryt?.startsWith(chosenArea.teryt))
      reasons.push(outsideArea(chosenArea));

    scored.push({
      ...c,
      score: round(parts.sector + parts.pairing + parts.commonPartners + parts.proximity),
      parts,
      adamicAdar: round(shared?.index ?? 0),
      commonPartners: explain && shared ? [...shared.common].sort() : [],
      reasons,
    });
  }
  return scored.sort(compareCandidates);
}

/** The institution's sector and kind gaps and the best `limit` candidates to fill them. */
export function missingPartners(input: MissingPartnersInput, limit: number): MissingPartners {
  const gaps = egoGaps(input.ego, input.partners);
  return { gaps, candidates: scoreCandidates(input, gaps).slice(0, limit) };
}
