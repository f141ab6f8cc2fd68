import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests and debugging. */
    __splotCy?: Core | undefined;
  }
}
