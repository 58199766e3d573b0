import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server at /portal/; in development Vite proxies the API so
// session cookies and the CSRF check see one origin.
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  build: {
    manifest: true,
    // Every browser the portal supports has module preload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/trpc': { target: 'http://localhost:3000' } },
  },
});
