import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../network/types';
import { EDGE_COLOR, LABEL_COLOR, NODE_BORDER, NODE_SHAPES, NODE_SIZE } from './types';

/** The one Cytoscape stylesheet; per-element values come from data() set by toElements. */
export const networkStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: NODE_SIZE,
      height: NODE_SIZE,
      'background-color': 'data(color)',
      'border-width': 1.5,
      'border-color': NODE_BORDER,
      label: 'data(label)',
      color: LABEL_COLOR,
      'font-family': 'system-ui, sans-serif',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-justification': 'center',
      'text-margin-y': 3,
      'text-outline-color': '#FFFFFF',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
    },
  },
  ...NODE_TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { shape: NODE_SHAPES[type] } })),
  {
    selector: 'node[type != "INSTITUTION"]',
    style: { 'border-width': 2.5, 'font-style': 'italic' },
  },
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': '#000000',
      'underlay-color': '#000000',
      'underlay-opacity': 0.15,
      'underlay-padding': 6,
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE_COLOR,
      opacity: 0.65,
      'curve-style': 'haystack',
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#000000', opacity: 1 },
  },
];
