import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The same built renderer is loaded by Electron (app:// scheme) and by the browser host
// (http://127.0.0.1), so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
