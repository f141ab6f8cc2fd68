// @splot/measures: the per-institution measures of the network, one file each, and their registry;
// plain TypeScript on typed arrays, run by the server (GraphQL, the worker) and the web app (canvas).

export * from './betweenness.js';
export * from './brokerage.js';
export * from './degree.js';
export * from './ei-index.js';
export * from './graph.js';
export * from './measure.js';
export * from './registry.js';
export * from './twins.js';
export * from './weighted-degree.js';
