import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedQuery } from '../db/queries.js';
import { inRegions, surveyRegions } from './access.js';
import { bestMatches, fold, nameWords } from './match.js';
import type { Proposal } from './read-results.js';
import { surveyForEditor } from './store.js';

// What the editor picks from: institutions of a survey's area (to add to the roster, or as the
// existing institution a proposed partner is), and partnerships a new survey may cover.

export interface AreaInstitution {
  id: string;
  name: string;
  kind: string | null;
  gmina: string | null;
  gminaName: string | null;
  rostered: boolean;
}

const SEARCH_LIMIT = 20;

async function areaInstitutions(
  driver: Driver,
  id: string,
  { search = '', words = [], limit = SEARCH_LIMIT }: { search?: string; words?: string[]; limit?: number },
): Promise<AreaInstitution[]> {
  const { records } = await driver.executeQuery(
    namedQuery('survey-area-institutions'),
    { id, search: fold(search.trim()), words, limit },
    { routing: 'READ' },
  );
  return records.map((r) => r.toObject() as AreaInstitution);
}

/** Institutions of the survey's area whose name holds `search` (without diacritics), by name. */
export async function searchAreaInstitutions(
  driver: Driver,
  principal: Principal | null,
  id: string,
  search: string,
): Promise<AreaInstitution[]> {
  await surveyForEditor(driver, principal, id);
  return areaInstitutions(driver, id, { search: search.slice(0, 200) });
}

/** Each pending proposal with the likely existing institutions of the survey's area it may be. */
export async function withMatches(
  driver: Driver,
  id: string,
  proposals: Proposal[],
): Promise<Array<Proposal & { matches: AreaInstitution[] }>> {
  const pending = proposals.filter((p) => p.status === 'PENDING');
  const words = [...new Set(pending.flatMap((p) => nameWords(p.name)))];
  // One read for all of them: any institution sharing a word with any pending proposal is a
  // candidate; the ranking (match.ts) then picks each proposal's best five.
  const candidates = words.length > 0 ? await areaInstitutions(driver, id, { words, limit: 2000 }) : [];
  return proposals.map((p) => ({
    ...p,
    matches: p.status === 'PENDING' ? bestMatches(p, candidates) : [],
  }));
}

interface StoredChoice {
  id: string;
  name: string;
  areas: Array<{ teryt: string; name: string; level: string }>;
  members: Array<{ id: string; name: string; kind: string | null; seat: string | null }>;
}

/** Partnerships the caller may survey (a covered area or a member in their regions). */
export async function partnershipChoices(driver: Driver, principal: Principal | null, search: string) {
  const regions = surveyRegions(principal);
  const { records } = await driver.executeQuery(
    namedQuery('survey-partnership-choices'),
    { regions, search: fold(search.trim().slice(0, 200)), limit: SEARCH_LIMIT },
    { routing: 'READ' },
  );
  return records.map((r) => {
    const p = r.toObject() as StoredChoice;
    return {
      id: p.id,
      name: p.name,
      areas: p.areas.filter((a) => inRegions(regions, a.teryt)),
      members: p.members.map((m) => ({ ...m, inRegion: inRegions(regions, m.seat) })),
    };
  });
}
