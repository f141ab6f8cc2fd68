import type { Core } from 'cytoscape';

/** The class the workbench puts on the nodes (and ties) it points at (style: core/appearance/style). */
export const SPOTLIGHT = 'spotlight';

/**
 * Lights up nodes (and, given, ties) on the canvas and zooms to them; the rest fades. Returns the
 * ids found on the canvas (hidden ones do not count). An empty list clears the spotlight.
 */
export function spotlight(
  cy: Core | undefined,
  nodeIds: readonly string[],
  edgeIds: readonly string[] = [],
): string[] {
  if (!cy) return [];
  const nodes = cy.collection();
  for (const id of nodeIds) {
    const node = cy.getElementById(id);
    if (node.nonempty() && !node.hasClass('hidden')) nodes.merge(node);
  }
  const edges = cy.collection();
  for (const id of edgeIds) {
    const edge = cy.getElementById(id);
    if (edge.nonempty() && !edge.hasClass('hidden')) edges.merge(edge);
  }
  cy.batch(() => {
    cy.elements().removeClass(`${SPOTLIGHT} spotlight-faded`);
    if (nodes.empty() && edges.empty()) return;
    const lit = nodes.union(edges).union(edges.connectedNodes());
    lit.addClass(SPOTLIGHT);
    cy.elements().not(lit).addClass('spotlight-faded');
  });
  const lit = cy.elements(`.${SPOTLIGHT}`);
  if (lit.nonempty()) cy.animate({ fit: { eles: lit, padding: 40 }, duration: 300 });
  return nodes.map((n) => n.id());
}

/**
 * Lights up one block of the sector matrix: the drawn ties between a node of sector `from` and
 * one of sector `to` (both ways), inside the area as the matrix counts them (a tie to a partner
 * outside the area is not in the block). Returns how many ties were found.
 */
export function spotlightBlock(cy: Core | undefined, from: string, to: string): number {
  if (!cy) return 0;
  const ids = cy
    .edges()
    .filter((edge) => {
      if (edge.source().data('outside') === true || edge.target().data('outside') === true) return false;
      const a = edge.source().data('sector') as string;
      const b = edge.target().data('sector') as string;
      return (a === from && b === to) || (a === to && b === from);
    })
    .map((edge) => edge.id());
  spotlight(cy, [], ids);
  return ids.length;
}
