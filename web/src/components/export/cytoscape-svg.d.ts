// cytoscape-svg ships no types; the method it adds to the core is declared in images.ts.
declare module 'cytoscape-svg' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
