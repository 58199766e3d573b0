import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Served by the API server at /board/; in development Vite proxies the API so the
// session cookie and the CSRF check see one origin.
export default defineConfig({
  base: '/board/',
  // Brotli and gzip copies beside each asset, so the server sends precompressed bytes.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  build: { modulePreload: { polyfill: false }, target: 'es2022', sourcemap: false },
  server: { proxy: { '/trpc': { target: 'http://localhost:3000' } } },
});
