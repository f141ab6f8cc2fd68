import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../network/types';
import { MIN_LABEL_PX } from './readable-labels';
import { EDGE_COLOR, LABEL_COLOR, NODE_BORDER, NODE_SHAPES, REPORTED_COLOR, SUGGESTION_COLOR } from './types';

/** A node's disc: what every node draws. */
const nodeBody = {
  width: 'data(size)',
  height: 'data(size)',
  'background-color': 'data(color)',
  'border-width': 1.5,
  'border-color': NODE_BORDER,
} as const;

/** A node's label. */
const nodeText = {
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
  // Labels smaller than this on screen are not drawn: zoomed far out, the picture stays clean (the
  // canvas sizes labels to read MIN_LABEL_PX down to a third of full zoom: readable-labels.ts).
  'min-zoomed-font-size': MIN_LABEL_PX - 0.5,
} as const;

/** Everything after the base node rule, the same for every graph. */
const rest: StylesheetJson = [
  ...NODE_TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { shape: NODE_SHAPES[type] } })),
  {
    selector: 'node[type != "INSTITUTION"]',
    style: { 'border-width': 2.5, 'font-style': 'italic' },
  },
  // An institution outside the area, drawn because it is tied to one inside: paler, dashed rim.
  {
    selector: 'node[?outside]',
    style: { 'background-opacity': 0.4, 'border-style': 'dashed', 'border-width': 2 },
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
  // Ties known only from a partner survey: confirmed by both sides solid, by one side dashed.
  {
    selector: 'edge.reported-mutual',
    style: { 'curve-style': 'straight', 'line-color': REPORTED_COLOR, opacity: 0.9 },
  },
  {
    selector: 'edge.reported-one-sided',
    style: {
      'curve-style': 'straight',
      'line-color': REPORTED_COLOR,
      'line-style': 'dashed',
      'line-dash-pattern': [6, 4],
      opacity: 0.9,
    },
  },
  // Big graphs: ties between two groups of the clustered layout step back (they cross the picture).
  { selector: 'edge.between', style: { opacity: 0.2 } },
  { selector: '.hidden', style: { display: 'none' } },
  // Ties that have ended (the all-years view): dashed and faded, still there to click.
  {
    selector: 'edge.ended',
    style: { 'curve-style': 'straight', 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.4 },
  },
  // Ties no document backs yet (their writer said there is none): dotted, whatever else they are.
  {
    selector: 'edge.unsourced',
    style: { 'curve-style': 'straight', 'line-style': 'dotted' },
  },
  // Hover: the node and its neighbours stand out, the rest steps back.
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
  {
    selector: 'node.highlight',
    style: { label: 'data(fullLabel)', 'text-max-width': '260px', 'z-index': 9, 'font-weight': 'bold' },
  },
  { selector: 'edge.highlight', style: { 'line-color': '#1F2328', opacity: 1, 'z-index': 9 } },
  {
    selector: 'node.centre',
    style: { 'border-width': 4, 'border-style': 'double', 'border-color': NODE_BORDER },
  },
  {
    selector: 'node:selected',
    style: {
      label: 'data(fullLabel)',
      'text-max-width': '260px',
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
    selector: 'edge:selected',
    style: { 'line-color': '#000000', opacity: 1, width: 4, 'z-index': 10 },
  },
  // What the workbench points at (core/workbench/canvas): lit up, the rest steps back.
  { selector: '.spotlight-faded', style: { opacity: 0.2 } },
  {
    selector: 'node.spotlight',
    style: { label: 'data(label)', 'border-width': 4, 'border-color': '#B35806', 'z-index': 9 },
  },
  { selector: 'edge.spotlight', style: { 'line-color': '#B35806', opacity: 1, 'z-index': 9 } },
  // A suggested partner (missing partners) and the dashed line it would add.
  {
    selector: 'node.suggested',
    style: {
      'border-width': 4,
      'border-style': 'dashed',
      'border-color': SUGGESTION_COLOR,
      'underlay-color': SUGGESTION_COLOR,
      'underlay-opacity': 0.2,
      'underlay-padding': 8,
      'z-index': 11,
    },
  },
  {
    selector: 'edge.suggested',
    style: {
      'line-style': 'dashed',
      'line-color': SUGGESTION_COLOR,
      'curve-style': 'straight',
      width: 2.5,
      opacity: 1,
    },
  },
];

/** The Cytoscape stylesheet; per-element values come from data() set by toElements. */
export const networkStyle: StylesheetJson = [
  { selector: 'node', style: { ...nodeBody, ...nodeText } },
  ...rest,
];

/**
 * Big graphs (LARGE_GRAPH): only the most central nodes (class `labelled`) and what the user
 * points at or selects carry a label. Cytoscape applies each property of each matching rule to
 * each element when it first draws it; leaving the twelve label properties off the 10,000
 * nodes that show no label anyway saves most of that work.
 */
export const largeNetworkStyle: StylesheetJson = [
  { selector: 'node', style: nodeBody },
  { selector: 'node.labelled, node.highlight, node:selected', style: nodeText },
  ...rest,
];
