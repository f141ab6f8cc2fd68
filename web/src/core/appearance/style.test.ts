import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Network } from '../network/types';
import { largeNetworkStyle, networkStyle } from './style';
import { toElements } from './utils';

const network: Network = {
  area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
  nodes: ['hub', 'quiet', 'other'].map((id) => ({
    id,
    label: `Label ${id}`,
    type: 'INSTITUTION',
    sector: 'NGO',
    kind: null,
    outside: false,
  })),
  edges: [],
};

/** Each node's drawn label (Cytoscape's computed style, headless). */
function labels(style: typeof networkStyle, labelled?: ReadonlySet<string>, select?: string) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  cy.add(toElements(network, () => 20, labelled ? { labelled } : {}).elements);
  if (select) cy.getElementById(select).select();
  cy.getElementById('other').addClass('highlight');
  const out = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.style('label') as string]));
  cy.destroy();
  return out;
}

describe('stylesheets', () => {
  it('labels every node of an ordinary graph', () => {
    expect(labels(networkStyle)).toEqual({ hub: 'Label hub', quiet: 'Label quiet', other: 'Label other' });
  });

  it('labels only the labelled, highlighted and selected nodes of a big graph', () => {
    expect(labels(largeNetworkStyle, new Set(['hub']))).toEqual({
      hub: 'Label hub',
      quiet: '',
      other: 'Label other',
    });
    expect(labels(largeNetworkStyle, new Set(['hub']), 'quiet').quiet).toBe('Label quiet');
  });

  it('leaves the label properties off the big graph’s plain nodes', () => {
    const base = largeNetworkStyle.find((rule) => 'selector' in rule && rule.selector === 'node');
    expect(Object.keys((base as { style: object }).style)).not.toContain('label');
    expect(Object.keys((base as { style: object }).style)).not.toContain('font-size');
  });
});
