import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  base: '/console/',
  // Brotli and gzip copies beside each asset, so the server sends precompressed bytes.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
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
