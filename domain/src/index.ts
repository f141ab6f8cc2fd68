// @splot/domain: the facts of the domain that the server and the web app share, imported by name.
// Plain TypeScript without Node-only imports: the browser bundles it too.

export * from './code-book.js';
export * from './compact-network.js';
export * from './compact-nodes.js';
export * from './enums.js';
export * from './export-formats.js';
export * from './kinds.js';
export * from './reasons.js';
export * from './rules/index.js';
export * from './sector-colors.js';
export * from './sectors.js';
export * from './survey-questions.js';
export * from './teryt.js';
export * from './ties.js';
export * from './time.js';
