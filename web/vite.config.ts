import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Dev server proxies the API so the app always calls a same-origin `/graphql`, as in production. */
export default defineConfig({
  root,
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app (cache) and load in
        // parallel. The canvas, fcose and the exports are split off by their dynamic import()s.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
          ],
        },
      },
    },
  },
});
