/** An institution two steps from the ego: its Adamic–Adar index and the common partners it rests on. */
export interface SharedPartners {
  index: number;
  common: string[];
}

/** One common partner's term: 1 / ln(its degree). A partner with few ties says more than a hub. */
export const adamicAdarTerm = (degree: number) =>
  // deg z ≥ 2 whenever z links the ego to someone; the floor only guards inconsistent input.
  1 / Math.log(Math.max(2, degree));

/**
 * Adamic–Adar index of the ego with every institution two steps away:
 * Σ over common partners z of 1 / ln(deg z). A common partner with few ties says more than a hub.
 *
 * `partnerNeighbours` maps each partner z of the ego to z's own partners (the ego among them).
 * Returns, per institution, the index and the common partners it rests on.
 */
export function adamicAdar(
  egoId: string,
  partnerNeighbours: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, SharedPartners> {
  const out = new Map<string, SharedPartners>();
  for (const [z, neighbours] of partnerNeighbours) {
    const weight = adamicAdarTerm(neighbours.size);
    for (const other of neighbours) {
      if (other === egoId) continue;
      const entry = out.get(other);
      if (entry) {
        entry.index += weight;
        entry.common.push(z);
      } else {
        out.set(other, { index: weight, common: [z] });
      }
    }
  }
  return out;
}

/**
 * The same index from common partners listed per institution (as the database groups them), with
 * each partner's degree. The terms are added in `order` (the partners' order for adamicAdar()), so
 * both forms give the same sums to the last bit.
 */
export function adamicAdarFromCommon(
  rows: Iterable<{ id: string; common: readonly string[] }>,
  degree: ReadonlyMap<string, number>,
  order: readonly string[],
): Map<string, SharedPartners> {
  const rank = new Map(order.map((z, i) => [z, i]));
  const out = new Map<string, SharedPartners>();
  for (const { id, common } of rows) {
    const sorted = [...common].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    let index = 0;
    for (const z of sorted) index += adamicAdarTerm(degree.get(z) ?? 2);
    out.set(id, { index, common: sorted });
  }
  return out;
}

/**
 * Which of the ego's partners to expand for Adamic–Adar within a budget of memberships read.
 * A partner's term is 1/ln(its degree), so the most widely connected weigh least: they are left
 * out first (least reach first, then id). `reach` bounds each partner's degree from above.
 */
export function partnersWithinBudget(
  reach: ReadonlyMap<string, number>,
  budget: number,
): { expand: string[]; skipped: number } {
  const order = [...reach].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  const expand: string[] = [];
  let used = 0;
  for (const [id, r] of order) {
    if (used + r > budget) break;
    used += r;
    expand.push(id);
  }
  return { expand, skipped: order.length - expand.length };
}

/**
 * partnersWithinBudget() without reading every partner's reach. `lower` holds a lower bound of each
 * partner's reach (the largest affiliation it shares with the ego: every member of it is counted
 * in its reach). Reaches are read in batches of growing bound; once all partners whose bound is at
 * most t are read, every partner of reach at most t is known, so the prefix is settled as soon as
 * the budget runs out among them. A dense ego (15k partners, 250 expanded) reads a few thousand.
 */
export async function partnersWithinBudgetByBounds(
  lower: ReadonlyMap<string, number>,
  readReach: (ids: string[]) => Promise<ReadonlyMap<string, number>>,
  budget: number,
  firstBatch = 512,
): Promise<{ expand: string[]; skipped: number; read: number }> {
  const order = [...lower].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  const reach = new Map<string, number>();
  let next = 0;
  for (let batch = firstBatch; ; batch *= 2) {
    // Read the next batch, extended to the end of its last bound so the bound t is complete.
    let end = Math.min(order.length, next + batch);
    while (end < order.length && order[end]?.[1] === order[end - 1]?.[1]) end++;
    const ids = order.slice(next, end).map(([id]) => id);
    next = end;
    const read = await readReach(ids);
    for (const id of ids) reach.set(id, read.get(id) ?? 0);
    const t = next >= order.length ? Number.POSITIVE_INFINITY : (order[next - 1]?.[1] ?? 0);
    const known = new Map([...reach].filter(([, r]) => r <= t));
    const { expand } = partnersWithinBudget(known, budget);
    const used = expand.reduce((sum, id) => sum + (known.get(id) ?? 0), 0);
    // Settled: every partner is read, the budget ran out among the known ones, or the next
    // unknown one (reach > t) cannot fit.
    if (t === Number.POSITIVE_INFINITY || expand.length < known.size || used + t >= budget) {
      return { expand, skipped: order.length - expand.length, read: reach.size };
    }
  }
}
