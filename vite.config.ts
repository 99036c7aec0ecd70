/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The glob patterns below already precache public/icons; listing them twice only bloats sw.js.
      includeManifestIcons: false,
      injectManifest: {
        // The web manifest is added by the plugin itself; the README screenshots are not needed offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,ttf,woff2}'],
        globIgnores: ['screenshots/**'],
        // The lazy PDF engine and its fonts must be precached too, or export fails offline.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Refund Tracker',
        short_name: 'Refunds',
        description: 'Track a refund case on your own device: every chat and call, evidence, follow-ups, and a dossier to escalate.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f5c4d',
        background_color: '#f6f7f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        screenshots: [
          {
            src: '/screenshots/home.png',
            sizes: '780x1688',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Home: recent refund cases, totals and a button to log a chat or call',
          },
        ],
        categories: ['finance', 'productivity', 'utilities'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/helpers/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
