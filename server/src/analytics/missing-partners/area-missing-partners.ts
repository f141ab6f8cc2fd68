import type { AnalyticsGraph } from '../measures/graph.js';
import type { Place } from './ego-gaps.js';
import { compareCandidates, type PartnerCandidate, scoreCandidates } from './missing-partners.js';

export interface AreaSuggestion {
  /** The institution the suggestion is for (the candidate would fill its gaps). */
  institution: Place;
  candidate: PartnerCandidate;
}

/**
 * Missing ties for a whole area: every institution's candidates among the others in the area,
 * scored as for one institution but with the area's network as the world (ties to institutions
 * outside the area are not seen). A pair appears once, from the side where it scores higher.
 * Cost grows with the square of the area's size; the caller bounds it.
 */
export function areaMissingPartners(
  graph: AnalyticsGraph,
  places: ReadonlyMap<string, Place>,
  areaNames: Readonly<Record<string, string>>,
  limit: number,
): AreaSuggestion[] {
  const place = (id: string): Place => {
    const attrs = graph.getNodeAttributes(id);
    return places.get(id) ?? { id, label: attrs.label, kind: attrs.kind, sector: attrs.sector, teryt: null };
  };
  const all = graph.mapNodes((id) => place(id));
  const neighbours = new Map<string, Set<string>>(graph.mapNodes((id) => [id, new Set(graph.neighbors(id))]));
  const best = new Map<string, AreaSuggestion>();
  for (const ego of all) {
    const partnerIds = graph.neighbors(ego.id);
    const partners = partnerIds.map((id) => ({
      ...place(id),
      weight: graph.getEdgeAttribute(ego.id, id, 'weight'),
    }));
    const partnerNeighbours = new Map(partnerIds.map((z) => [z, neighbours.get(z) ?? new Set<string>()]));
    const ranked = scoreCandidates({ ego, partners, partnerNeighbours, candidates: all, areaNames });
    for (const candidate of ranked.slice(0, limit)) {
      const key = ego.id < candidate.id ? `${ego.id}|${candidate.id}` : `${candidate.id}|${ego.id}`;
      const kept = best.get(key);
      if (!kept || compareCandidates(candidate, kept.candidate) < 0)
        best.set(key, { institution: ego, candidate });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        compareCandidates(a.candidate, b.candidate) || a.institution.id.localeCompare(b.institution.id),
    )
    .slice(0, limit);
}
