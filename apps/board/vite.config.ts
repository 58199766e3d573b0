import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server at /board/; in development Vite proxies the API so the
// session cookie and the CSRF check see one origin.
export default defineConfig({
  base: '/board/',
  plugins: [react()],
  build: { modulePreload: { polyfill: false }, target: 'es2022', sourcemap: false },
  server: { proxy: { '/trpc': { target: 'http://localhost:3000' } } },
});
