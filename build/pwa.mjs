// The installable app: its web app manifest, the service worker's precache rules, and the icons,
// drawn as SVG in assets/icons/ and rendered to PNG during every build with resvg (a prebuilt
// binary inside its npm package, so nothing is downloaded at install or build time).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const iconsDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));

export const themeColor = '#0b6b5c';
export const backgroundColor = '#fbfaf7';

/** Every file the icons plugin writes: [path in the build, SVG source, size in px or 'svg']. */
export const iconFiles = [
  ['icon.svg', 'icon.svg', 'svg'],
  ['icons/icon-192.png', 'icon.svg', 192],
  ['icons/icon-512.png', 'icon.svg', 512],
  ['icons/icon-maskable-192.png', 'icon-maskable.svg', 192],
  ['icons/icon-maskable-512.png', 'icon-maskable.svg', 512],
  // iOS draws its own rounded corners over a full-bleed square.
  ['icons/apple-touch-icon-180.png', 'icon-maskable.svg', 180],
];

export const manifest = {
  id: '/',
  name: 'Acupress: acupressure for a stiff neck',
  short_name: 'Acupress',
  description:
    'A guided, hands-free, offline acupressure routine for a stiff or sore neck. Everything stays on your device.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: themeColor,
  background_color: backgroundColor,
  categories: ['health', 'lifestyle'],
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-192.png',
      sizes: '192x192',
      type: 'image/png',
      purpose: 'maskable',
    },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
};

/** Files of the build that are not precached but cached when first used (camera mode, voices). */
export const onDemandGlobs = ['camera/**', 'assets/hand-landmarker.worker-*.js', 'voice/**'];
export const isOnDemand = (path) =>
  path.startsWith('camera/') ||
  path.startsWith('voice/') ||
  /^assets\/hand-landmarker\.worker-[^/]+\.js$/.test(path);

/** Options for vite-plugin-pwa (generateSW). @type {Partial<import('vite-plugin-pwa').VitePWAOptions>} */
export const pwaOptions = {
  strategies: 'generateSW',
  // A new version installs and waits; the user reloads from the home screen's prompt.
  registerType: 'prompt',
  // src/platform/service-worker.ts registers it, through the Trusted Types policy.
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  includeManifestIcons: false,
  manifest,
  workbox: {
    // Every screen, catalog, picture and style, so that the whole app runs offline.
    globPatterns: ['**/*.{html,js,css,svg,png,webp,ico,json,webmanifest,txt,mp3,ogg,wav}'],
    // The SPA's routes (/points/GB20, /history…) are answered with the app shell offline.
    navigateFallback: 'index.html',
    // …but not a direct visit to a file (an icon, a camera model): that goes to the network.
    navigateFallbackDenylist: [/\.[a-z0-9]+$/i],
    // Workbox's runtime goes inside sw.js: importScripts() is a Trusted Types sink, and the
    // CSP's require-trusted-types-for applies to the worker too.
    inlineWorkboxRuntime: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    // Camera mode's files stay out of the precache: most users never open it, and the model and
    // WebAssembly are megabytes (Workbox skips files over 2 MiB anyway). The camera worker itself
    // caches the model and WebAssembly in its "acupress-camera" cache on first use (with a
    // progress bar); the worker's script, loaded the same moment, is cached here.
    globIgnores: onDemandGlobs,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /^\/assets\/hand-landmarker\.worker-[^/]+\.js$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'acupress-camera-code',
          cacheableResponse: { statuses: [200] },
          // Each version's worker has a new hashed name: keep the latest few only.
          expiration: { maxEntries: 3 },
        },
      },
      {
        // The voice bank of the app's language, fetched by the track worker when Voice is first
        // on (about 0.7–0.9 MB each, src/features/session/core/voice-bank-index.ts): kept for
        // offline use. Each bank's name carries its content's hash.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /^\/voice\/[a-z-]+-[0-9a-f]+\.adpcm$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'acupress-voice',
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 3 },
        },
      },
    ],
  },
};

function renderIcon(source, size) {
  const svg = readFileSync(iconsDir + source, 'utf8');
  if (size === 'svg') return svg;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

const headTags = [
  { tag: 'link', attrs: { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' } },
  { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' } },
  {
    tag: 'meta',
    attrs: { name: 'theme-color', content: '#ffffff', media: '(prefers-color-scheme: light)' },
  },
  {
    tag: 'meta',
    attrs: { name: 'theme-color', content: '#1b2126', media: '(prefers-color-scheme: dark)' },
  },
];

/** Renders the icons into the build (and serves them in dev), and links them from index.html. */
export function pwaIcons() {
  return {
    name: 'acupress-pwa-icons',
    transformIndexHtml: () => headTags.map((tag) => ({ ...tag, injectTo: 'head' })),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.slice(1);
        const file = iconFiles.find(([name]) => name === path);
        if (!file) return next();
        response.setHeader('Content-Type', file[2] === 'svg' ? 'image/svg+xml' : 'image/png');
        response.end(renderIcon(file[1], file[2]));
      });
    },
    generateBundle() {
      for (const [fileName, source, size] of iconFiles) {
        this.emitFile({ type: 'asset', fileName, source: renderIcon(source, size) });
      }
    },
  };
}
