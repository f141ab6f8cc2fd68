import type { Existing } from './existing.js';
import type { FieldValue } from './fields.js';
import type { ImportRecord, Problem } from './types.js';

// An editor may import only records of their own regions (voivodeship TERYT codes), by the same
// rules as the GraphQL writes (server/src/graphql/access.graphql, write-guard/policy.ts). What is
// stored decides, never what the file says: an existing record may be changed only when it lies
// in the editor's regions as stored (so `obszary=2607` on another region's partnership does not
// make it theirs), and the file's new values must keep it there. An institution by its seat; a
// partnership or collaboration by the areas it covers or, covering none, by its members' seats;
// every area it is made to cover must lie in the regions; a membership or participation needs
// both ends in the regions; areas and existing sources (which have no region) only by an admin.
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
  // Seats as stored; the file's seat only for an institution the database does not hold yet.
  const seatOf = new Map<string, string>();
  for (const [id, props] of existing.institutions)
    if (typeof props.area === 'string') seatOf.set(id, props.area);
  for (const r of records)
    if (r.kind === 'institutions' && !existing.institutions.has(String(r.values.id)))
      seatOf.set(String(r.values.id), String(r.values.area));
  const storedAffiliation = (id: string) => existing.partnerships.get(id) ?? existing.collaborations.get(id);
  // A new partnership/collaboration: the areas the file makes it cover, or its members' seats.
  const fileCovers = new Map<string, string[]>();
  const newMemberSeats = new Map<string, Set<string>>();
  for (const r of records) {
    const v = r.values;
    if ((r.kind === 'partnerships' || r.kind === 'collaborations') && !storedAffiliation(String(v.id)))
      fileCovers.set(String(v.id), [...(fileCovers.get(String(v.id)) ?? []), ...list(v.covers)]);
    if (r.kind === 'members' || r.kind === 'participants') {
      const affiliation = String(r.kind === 'members' ? v.partnership : v.collaboration);
      const seat = seatOf.get(String(v.institution));
      if (seat && !storedAffiliation(affiliation)) {
        const set = newMemberSeats.get(affiliation) ?? new Set<string>();
        set.add(seat);
        newMemberSeats.set(affiliation, set);
      }
    }
  }
  const affiliationInRegion = (id: string) => {
    const stored = storedAffiliation(id);
    const areas = stored
      ? stored.covers.length > 0
        ? stored.covers
        : stored.memberSeats
      : fileCovers.get(id)?.length
        ? (fileCovers.get(id) ?? [])
        : [...(newMemberSeats.get(id) ?? [])];
    return areas.some((a) => inRegion(regions, a));
  };
  const sourceFields = ['title', 'publisher', 'url', 'publishedOn', 'file'];

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
      const outside = list(v.covers).filter((a) => !inRegion(regions, a));
      if (!affiliationInRegion(String(v.id))) {
        reason = storedAffiliation(String(v.id))
          ? `"${v.id}" lies outside your regions (${named}) as stored; a file cannot move it into them.`
          : `Neither the areas it covers nor its members' seats lie in your regions (${named}).`;
        column = 'covers';
      } else if (outside.length > 0) {
        reason = `The area ${outside[0]} lies outside your regions (${named}).`;
        column = 'covers';
      }
    } else if (r.kind === 'sources') {
      const stored = existing.sources.get(String(v.id));
      if (stored && sourceFields.some((f) => v[f] !== undefined && (stored[f] ?? null) !== v[f])) {
        reason = 'Only an admin may change an existing source (records of several regions may cite it).';
        column = 'id';
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
