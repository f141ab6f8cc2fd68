import type { AnalyticsGraph } from './graph.js';
import type { NodeMetric } from './node-metric.js';

/**
 * Gould & Fernandez (1989) brokerage roles, with the institution's sector as its group.
 *
 * The roles are defined on directed two-paths a → b → c (a and c not tied), b being the broker:
 *   coordinator   a, b, c in one group
 *   consultant    a and c in one group, b in another (also called itinerant broker)
 *   representative  b in a's group, c outside     gatekeeper  b in c's group, a outside
 *   liaison       a, b, c in three groups
 *
 * Ties here are undirected (a shared partnership has no direction), so we count each unordered
 * two-path a – b – c once, with b as the broker. Without a direction, "b shares a group with
 * exactly one end" is both a representative and a gatekeeper path: such a path is counted once in
 * each of those two fields (they are always equal) and once in `total`. Reading every tie as two
 * arcs, as sna::brokerage does for symmetric data, would give the same gatekeeper/representative
 * counts and exactly twice ours for coordinator, consultant and liaison.
 */
export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  /** Unordered brokered two-paths: coordinator + consultant + gatekeeper (= representative) + liaison. */
  total: number;
  /** The paths that cross a sector boundary: total − coordinator. */
  crossSector: number;
}

export function brokerageRoles(graph: AnalyticsGraph): Record<string, BrokerageRoles> {
  const out: Record<string, BrokerageRoles> = {};
  graph.forEachNode((broker, brokerAttrs) => {
    const roles: BrokerageRoles = {
      coordinator: 0,
      consultant: 0,
      representative: 0,
      gatekeeper: 0,
      liaison: 0,
      total: 0,
      crossSector: 0,
    };
    const neighbours = graph.neighbors(broker);
    const g = brokerAttrs.sector;
    for (let i = 0; i < neighbours.length; i++) {
      const a = neighbours[i] as string;
      const ga = graph.getNodeAttribute(a, 'sector');
      for (let j = i + 1; j < neighbours.length; j++) {
        const c = neighbours[j] as string;
        if (graph.areNeighbors(a, c)) continue; // a closed triad: nobody needs b to reach the other
        const gc = graph.getNodeAttribute(c, 'sector');
        roles.total += 1;
        if (ga === gc) {
          if (ga === g) roles.coordinator += 1;
          else roles.consultant += 1;
        } else if (ga === g || gc === g) {
          roles.representative += 1;
          roles.gatekeeper += 1;
        } else {
          roles.liaison += 1;
        }
      }
    }
    roles.crossSector = roles.total - roles.coordinator;
    out[broker] = roles;
  });
  return out;
}

export const brokerageMetric: NodeMetric = {
  id: 'brokerage',
  fn: (graph) => Object.fromEntries(Object.entries(brokerageRoles(graph)).map(([id, r]) => [id, r.total])),
};
