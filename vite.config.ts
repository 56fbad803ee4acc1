import { defineConfig } from 'vite';

// A static site: relative paths, no telemetry, Phaser and Chart.js in their own
// lazily loaded chunks so the first screen stays small.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 2 },
            { name: 'chart', test: /node_modules[\\/](chart\.js|@kurkle)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
