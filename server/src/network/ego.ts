/** Finds the neighbours (not yet known) of a set of institutions; injected so the walk is testable alone. */
export type Neighbours = (ids: string[]) => Promise<string[]>;

export const MAX_EGO_DEPTH = 2;

/**
 * Breadth-first walk from one institution over shared affiliations, `depth` steps out:
 * depth 1 is the institution and its direct partners, depth 2 adds their partners.
 * Returns every id reached, the centre first, then by distance (ties in id order).
 */
export async function egoIds(center: string, depth: number, neighbours: Neighbours): Promise<string[]> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EGO_DEPTH) {
    throw new RangeError(`ego: depth must be 1..${MAX_EGO_DEPTH}, got ${depth}`);
  }
  const seen = new Set([center]);
  const order = [center];
  let frontier = [center];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next = (await neighbours([...seen])).filter((id) => !seen.has(id)).sort();
    for (const id of next) seen.add(id);
    order.push(...next);
    frontier = next;
  }
  return order;
}
