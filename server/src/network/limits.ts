import type { AffiliationGroup } from './build-network.js';
import { countTies, memberPairs } from './tie-walk.js';

/**
 * Most ties one one-mode network answer may hold (areaNetwork, and the graphs the analytics build).
 * The largest synthetic powiat has 146,050; a voivodeship at national scale has millions, which
 * would take GBs of memory and seconds of a blocked event loop to build and send, for a drawing
 * nobody can read. Two-mode answers grow with memberships, not their square, and are not limited.
 */
export const MAX_NETWORK_TIES = 500_000;

/**
 * Most work (institutions × ties) for betweenness centrality, which Brandes' algorithm computes in
 * O(n·m) on the API's event loop: the largest synthetic powiat (3,542 × 146,050 ≈ 5.2·10⁸) takes
 * about 12 s on this machine's 2 cores; a voivodeship would take the better part of an hour.
 */
export const MAX_BETWEENNESS_WORK = 6e8;

/**
 * Most members of a partnership or collaboration through which an area's network reaches outside
 * it. A working partnership has a handful to a few dozen members; past this it is a regional or
 * national network, and drawing all its members around a powiat would turn the powiat's map into
 * that network (at national scale, tens of thousands of institutions). Such an affiliation still
 * ties its members inside the area; its members outside are left out and it is named (boundary.ts).
 */
export const BOUNDARY_MAX_MEMBERS = 50;

/** The bounds together (config: NETWORK_MAX_TIES, BETWEENNESS_MAX_WORK, BOUNDARY_MAX_MEMBERS). */
export interface NetworkLimits {
  maxTies: number;
  maxBetweennessWork: number;
  boundaryMaxMembers: number;
}

export const DEFAULT_NETWORK_LIMITS: NetworkLimits = {
  maxTies: MAX_NETWORK_TIES,
  maxBetweennessWork: MAX_BETWEENNESS_WORK,
  boundaryMaxMembers: BOUNDARY_MAX_MEMBERS,
};

const count = (n: number) => n.toLocaleString('en-US');

/** The area's network is too big to answer at once; the message says what to choose instead. */
export class NetworkTooLargeError extends Error {
  constructor(
    readonly size: { institutions: number; ties: number },
    readonly limit: string,
  ) {
    super(
      `This network has ${count(size.institutions)} institutions and ${count(size.ties)} ties, more than ${limit}. ` +
        'Choose a smaller area (a powiat or gmina) or depth, a date, fewer tie kinds, or the two-mode view.',
    );
  }
}

/**
 * Throws NetworkTooLargeError when the groups' one-mode projection among `ids` exceeds maxTies.
 * With `inside`, only the first `inside` ids are the area's: ties between two of the others (its
 * boundary) are not drawn and not counted.
 */
export function checkNetworkSize(
  ids: readonly string[],
  groups: readonly AffiliationGroup[],
  maxTies = MAX_NETWORK_TIES,
  inside = ids.length,
): void {
  // The member pairs bound the ties from above and cost nothing; count exactly only past it.
  if (memberPairs(groups) <= maxTies) return;
  const ties = countTies(ids, groups, inside);
  if (ties > maxTies) {
    throw new NetworkTooLargeError({ institutions: ids.length, ties }, `${count(maxTies)} ties`);
  }
}

/** Throws NetworkTooLargeError when betweenness on this graph would take too long. */
export function checkBetweennessWork(
  institutions: number,
  ties: number,
  maxWork = MAX_BETWEENNESS_WORK,
): void {
  if (institutions * ties > maxWork) {
    throw new NetworkTooLargeError(
      { institutions, ties },
      `the analyses that need shortest paths can walk (institutions × ties ≤ ${count(maxWork)})`,
    );
  }
}
