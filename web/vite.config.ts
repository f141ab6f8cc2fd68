/// <reference types="node" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The server (port 4000) serves /graphql and, in production, web/dist on one origin.
 * `vite dev` proxies /graphql there; SPLOT_API_URL points it elsewhere (e.g. another PORT).
 */
const target = process.env.SPLOT_API_URL ?? 'http://127.0.0.1:4000';
const api = {
  '/graphql': { target, changeOrigin: true },
  '/export': { target, changeOrigin: true },
  '/import': { target, changeOrigin: true },
  '/api': { target, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy: api },
  preview: { proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build the server serves: they hand out the app's source as written.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'fcose', test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/ },
            { name: 'react', test: /node_modules[\\/].*(react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
