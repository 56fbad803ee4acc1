import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { gitState, modelSourcesHash } from './bin/modelSources.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

// A static site: relative paths, no telemetry, Phaser and Chart.js in their own
// lazily loaded chunks so the first screen stays small.
//
// Offline: a Workbox service worker precaches every built file (the lazy
// Phaser and Chart.js chunks, the fonts, the art), so after one visit the
// game, the replay and the class view work without a network. src/pwa.ts
// registers it in built sites served over http(s). The SCORM package
// (scripts/build-scorm.ts) is this build without the worker's files: an LMS hosts it.
export default defineConfig(() => ({
  base: './',
  // the model's hash and git state at build time, for every lab download (src/research/provenance.ts)
  define: { __SALESFLOOR_MODEL_BUILD__: JSON.stringify({ sourcesHash: modelSourcesHash(root), ...gitState(root) }) },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    VitePWA({
      strategies: 'generateSW',
      // a new version waits until the player reloads (src/pwa.ts asks), never mid-quarter
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        id: './',
        name: 'Salesfloor',
        short_name: 'Salesfloor',
        description: 'A sales team under volume bonuses or reputation building: the result of selling, and its effect. / Une équipe de vente entre primes au volume et réputation.',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#17202e',
        theme_color: '#17202e',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff2,woff,svg,png,json,webmanifest,ogg,mp3,wav,txt,md}'],
        // headroom over Workbox's 2 MiB default: the Phaser chunk alone is 1.4 MB
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // the first visit is controlled at once; an update waits for the player (src/pwa.ts)
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
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
}));
