import type { Core, NodeSingular } from 'cytoscape';
import { NODE_SIZE_PLAIN } from '../../core/appearance/measures';
import { SECTOR_COLORS } from '../../core/appearance/types';
import type { Suggestion } from '../../core/missing/utils';
import { sectorKey, shortLabel } from '../../core/network/utils';

/** How far from its institution a suggested partner that is not drawn is placed (model units). */
const GHOST_DISTANCES = [140, 220];
const GHOST_ANGLES = 16;

/** The free-est spot around the institution: the one farthest from every drawn node. */
function ghostPosition(cy: Core, from: NodeSingular): { x: number; y: number } {
  const p = from.position();
  const others: Array<{ x: number; y: number }> = [];
  cy.nodes()
    .not('.hidden')
    .forEach((n) => {
      if (n.id() !== from.id()) others.push(n.position());
    });
  let best = { x: p.x + 140, y: p.y };
  let bestClearance = -1;
  for (const distance of GHOST_DISTANCES) {
    for (let i = 0; i < GHOST_ANGLES; i++) {
      const angle = (2 * Math.PI * i) / GHOST_ANGLES;
      const spot = { x: p.x + distance * Math.cos(angle), y: p.y + distance * Math.sin(angle) };
      const clearance = Math.min(Infinity, ...others.map((o) => Math.hypot(o.x - spot.x, o.y - spot.y)));
      // Nearer spots win ties (and anything already clear of its neighbours by a node and label).
      if (clearance > bestClearance + 1 && bestClearance < 160) {
        best = spot;
        bestClearance = clearance;
      }
    }
  }
  return best;
}

/**
 * Marks a suggested partner on the canvas: its node when drawn, otherwise a "ghost" node beside
 * the institution it is suggested for; a dashed line joins the two. Returns the undo. The
 * ghost carries the candidate's id, so a tap on it selects the candidate like any node.
 */
export function showSuggestion(cy: Core, suggestion: Suggestion): () => void {
  const from = cy.getElementById(suggestion.from);
  let node = cy.getElementById(suggestion.id);
  const added = cy.collection();
  if (node.empty()) {
    if (from.empty()) return () => undefined;
    node = cy.add({
      group: 'nodes',
      data: {
        id: suggestion.id,
        label: shortLabel(suggestion.label),
        type: 'INSTITUTION',
        sector: sectorKey(suggestion.sector),
        color: SECTOR_COLORS[sectorKey(suggestion.sector)],
        size: NODE_SIZE_PLAIN,
      },
      position: ghostPosition(cy, from),
      classes: 'ghost',
    });
    added.merge(node);
  }
  node.addClass('suggested');
  if (!from.empty() && from.edgesWith(node).empty()) {
    added.merge(
      cy.add({
        group: 'edges',
        data: { id: `suggestion:${suggestion.from}--${suggestion.id}`, source: from.id(), target: node.id() },
        classes: 'suggested ghost',
      }),
    );
  }
  // Bring it, label included, into view when any of it lies outside.
  const extent = cy.extent();
  const box = node.boundingBox({ includeLabels: true });
  if (box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2) {
    cy.fit(cy.elements().not('.hidden'), 40);
  }
  return () => {
    node.removeClass('suggested');
    cy.remove(added);
  };
}
