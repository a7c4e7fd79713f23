import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta, securityHeadersFor } from './scripts/csp.mjs';
import { cameraAssets } from './scripts/camera-assets.mjs';
import { pwaIcons, pwaOptions } from './scripts/pwa.mjs';

/** Sends the security headers with every response of the built app (npm start, tests). */
function securityHeaders(): Plugin {
  return {
    name: 'acupress-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(request.url ?? '/'))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

/** Puts the CSP in the built HTML too, for hosts that cannot send headers. */
function cspMetaTag(): Plugin {
  return {
    name: 'acupress-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // PWA (manifest, icons, service worker): options in scripts/pwa.mjs.
  plugins: [securityHeaders(), cspMetaTag(), pwaIcons(), VitePWA(pwaOptions), cameraAssets()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // ACUPRESS_OUT lets parallel test runs build into their own folders.
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    outDir: process.env.ACUPRESS_OUT ?? 'dist',
  },
});
