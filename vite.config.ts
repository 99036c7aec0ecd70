/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy (#8): no inline script, no eval, no plugins, no <base>, nothing from
 * another origin. index.html carries it as a meta tag (so any static host enforces it) and the
 * preview server sends it as a header with frame-ancestors added (browsers ignore that one in a meta
 * tag). The dev server drops the meta tag: its hot reload injects inline scripts and styles.
 */
const CSP_META_PATTERN = /\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

function cspFromIndexHtml(): string {
  const match = CSP_META_PATTERN.exec(readFileSync(fileURLToPath(new URL('index.html', import.meta.url)), 'utf8'));
  if (!match) throw new Error('index.html lost its Content-Security-Policy meta tag');
  return match[1] ?? '';
}

const CSP_HEADER = `${cspFromIndexHtml()}; frame-ancestors 'none'`;

function devWithoutCspMeta(): Plugin {
  return { name: 'dev-without-csp-meta', apply: 'serve', transformIndexHtml: (html) => html.replace(CSP_META_PATTERN, '') };
}

/**
 * Unit tests run in Node (domain, db, export, lib, i18n, the service worker): faster to start, and
 * Node's own Blob, Uint8Array and TextEncoder, which fake-indexeddb and byte-level checks need.
 * happy-dom only for what needs a page: every test that renders React (.tsx) and the few .ts tests of
 * code that listens to the window or reads navigator.
 */
const DOM_TESTS = ['test/**/*.test.tsx', 'test/app/**/*.test.ts', 'test/pwa/persistence.test.ts', 'test/pwa/register.test.ts'];
const TEST_EXCLUDE = ['test/e2e/**', 'test/bench/**', 'node_modules/**'];

export default defineConfig({
  plugins: [
    react(),
    devWithoutCspMeta(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The glob patterns below already precache public/icons; listing them twice only bloats sw.js.
      includeManifestIcons: false,
      injectManifest: {
        // A classic script, as it is registered (Workbox's default type), built in one piece without
        // the deprecated inlineDynamicImports option the 'es' format sets.
        rollupFormat: 'iife',
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
    // Every browser the app supports (it needs IndexedDB blobs, service workers and ES2022) knows
    // <link rel="modulepreload">; the polyfill would only add weight to the start-up file.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one file: without this the bundler splits what the
        // entry shares with the lazy screens into several small chunks, each a request that
        // compresses worse on its own.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': CSP_HEADER,
    },
  },
  test: {
    restoreMocks: true,
    // Whole screens rendered in happy-dom on a 2-core CI machine under load take several seconds; a
    // test that waits longer than this is still a failure.
    testTimeout: 20_000,
    // One worker per core: the main process mostly waits, so leaving a core to it (the default) ran a
    // 2-core machine at little more than one core.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Domain, storage and export tests leave no state behind in their modules (each storage test
          // clears the database it uses), so the files of one worker share their imports.
          isolate: false,
          setupFiles: ['test/helpers/setup.ts'],
          include: ['test/**/*.test.ts'],
          exclude: [...TEST_EXCLUDE, ...DOM_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          // happy-dom rather than jsdom: the same screens tested, set up in half the time.
          environment: 'happy-dom',
          setupFiles: ['test/helpers/setup.ts', 'test/helpers/setup-dom.ts'],
          include: DOM_TESTS,
          exclude: TEST_EXCLUDE,
        },
      },
    ],
  },
});
