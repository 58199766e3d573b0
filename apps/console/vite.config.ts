import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/trpc': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    // Vite reports each chunk's gzipped size; one chunk per route comes from lazy().
    reportCompressedSize: true,
    chunkSizeWarningLimit: 400,
  },
});
