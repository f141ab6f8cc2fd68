import type { Existing } from './existing.js';
import type { FieldValue } from './fields.js';
import type { ImportRecord, Problem } from './types.js';

// An editor may import only records of their own regions (voivodeship TERYT codes), by the same
// rules as the GraphQL writes (server/src/graphql/access.graphql): an institution by its seat (the
// new one and the stored one); a partnership or collaboration by the areas it covers or, when it
// covers none, by its members' seats (any one in the region will do); a membership or
// participation at both ends; areas only by an admin. Sources have no area: any editor may add them.

const inRegion = (regions: string[], teryt: string | null | undefined) =>
  typeof teryt === 'string' && regions.some((r) => teryt.startsWith(r));
const list = (v: FieldValue | unknown): string[] =>
  Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];

/** Problems for the records an editor of `regions` may not write; the other records as they are. */
export function checkRegions(
  file: string,
  records: ImportRecord[],
  existing: Existing,
  regions: string[],
): { allowed: ImportRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const allowed: ImportRecord[] = [];
  const named = regions.length ? regions.join(', ') : 'none';
  const seatOf = new Map<string, string>();
  for (const [id, props] of existing.institutions)
    if (typeof props.area === 'string') seatOf.set(id, props.area);
  for (const r of records)
    if (r.kind === 'institutions') seatOf.set(String(r.values.id), String(r.values.area));
  // Member seats of each partnership/collaboration: stored ones and those this file adds.
  const memberSeats = new Map<string, Set<string>>();
  const addSeat = (affiliation: string, seat: string | undefined) => {
    if (!seat) return;
    const set = memberSeats.get(affiliation) ?? new Set<string>();
    set.add(seat);
    memberSeats.set(affiliation, set);
  };
  for (const [id, a] of [...existing.partnerships, ...existing.collaborations])
    for (const s of a.memberSeats) addSeat(id, s);
  for (const r of records) {
    if (r.kind === 'members') addSeat(String(r.values.partnership), seatOf.get(String(r.values.institution)));
    if (r.kind === 'participants')
      addSeat(String(r.values.collaboration), seatOf.get(String(r.values.institution)));
  }
  const covered = new Map<string, string[]>();
  for (const [id, a] of [...existing.partnerships, ...existing.collaborations])
    covered.set(id, [...a.covers]);
  for (const r of records) {
    if (r.kind === 'partnerships' || r.kind === 'collaborations') {
      const id = String(r.values.id);
      covered.set(id, [...(covered.get(id) ?? []), ...list(r.values.covers)]);
    }
  }
  const affiliationInRegion = (id: string) => {
    const areas = covered.get(id)?.length ? (covered.get(id) ?? []) : [...(memberSeats.get(id) ?? [])];
    return areas.some((a) => inRegion(regions, a));
  };

  for (const r of records) {
    const v = r.values;
    let reason: string | null = null;
    let column = '';
    if (r.kind === 'areas') {
      const stored = existing.areas.get(String(v.teryt));
      if (!stored || (v.name !== undefined && stored.name !== v.name)) {
        reason = 'Only an admin may create or rename areas.';
        column = 'teryt';
      }
    } else if (r.kind === 'institutions') {
      const stored = existing.institutions.get(String(v.id))?.area as string | undefined;
      if (!inRegion(regions, String(v.area)) || (stored !== undefined && !inRegion(regions, stored))) {
        reason = `The institution lies outside your regions (${named}): its seat is ${stored && !inRegion(regions, stored) ? stored : v.area}.`;
        column = 'area';
      }
    } else if (r.kind === 'partnerships' || r.kind === 'collaborations') {
      if (!affiliationInRegion(String(v.id))) {
        reason = `Neither the areas it covers nor its members' seats lie in your regions (${named}).`;
        column = 'covers';
      }
    } else if (r.kind === 'members' || r.kind === 'participants') {
      const affiliation = String(r.kind === 'members' ? v.partnership : v.collaboration);
      if (!inRegion(regions, seatOf.get(String(v.institution)))) {
        reason = `The institution "${v.institution}" lies outside your regions (${named}).`;
        column = 'institution';
      } else if (!affiliationInRegion(affiliation)) {
        reason = `"${affiliation}" lies outside your regions (${named}).`;
        column = r.kind === 'members' ? 'partnership' : 'collaboration';
      }
    }
    if (reason)
      problems.push({ file, table: r.table, row: r.row, column: r.columns[column] ?? column, reason });
    else allowed.push(r);
  }
  return { allowed, problems };
}
