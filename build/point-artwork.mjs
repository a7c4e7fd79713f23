// The lock screen's artwork (Media Session): the picture of each point on each side as a square
// PNG of our own origin, drawn from the same Preact components as the hold screen
// (src/features/session/ui/artwork-svg.tsx) and rendered to PNG with resvg during every build.
// The files land in the build, so the service worker precaches them with the other pictures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = '/src/features/session/ui/artwork-svg.tsx';
/** i18n/ is a leaf: the app's catalogs are registered before the pictures' labels load. */
const catalogsEntry = '/src/catalogs/register.ts';
const pictureCssPath = fileURLToPath(
  new URL('../src/shared/ui/pictures/illustrations.css', import.meta.url),
);

/** @typedef {import('../src/features/session/ui/artwork-svg').ArtworkFile} ArtworkSvg */

/**
 * Loads the SVG module with a short-lived Vite server (it imports TSX, and loads the English
 * messages for the pictures' labels on the way), and returns every artwork's SVG.
 * @param {(id: string) => Promise<Record<string, unknown>>} [load] an existing server's loader
 * @returns {Promise<ArtworkSvg[]>}
 */
export async function artworkSvgs(load) {
  const css = readFileSync(pictureCssPath, 'utf8');
  if (load) {
    /** @type {any} */ (await load(catalogsEntry)).registerAppCatalogs();
    const module = /** @type {any} */ (await load(entry));
    return module.allArtworkSvgs(css);
  }
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  });
  try {
    /** @type {any} */ (await server.ssrLoadModule(catalogsEntry)).registerAppCatalogs();
    const module = /** @type {any} */ (await server.ssrLoadModule(entry));
    return await module.allArtworkSvgs(css);
  } finally {
    await server.close();
  }
}

/** The sizes the lock screen is offered (Media Session artwork): 512 px, and 128 and 256 px
 * for the small players (a watch, a notification) that would otherwise scale the large one. */
export const artworkSizes = /** @type {const} */ ([128, 256, 512]);

/** `artwork/<point>-<side>.png` (512 px) as the file name of the picture of `size` px. */
export function sizedFileName(/** @type {string} */ fileName, /** @type {number} */ size) {
  return size === 512 ? fileName : fileName.replace(/\.png$/, `-${size}.png`);
}

/**
 * @param {string} svg
 * @param {number} [size] the PNG's width and height in px (the SVG's own, 512, when left out)
 */
export function renderArtworkPng(svg, size) {
  const fitTo = size ? /** @type {const} */ ({ mode: 'width', value: size }) : undefined;
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo }).render().asPng();
}

/** Writes /artwork/<point>-<side>[-128|-256].png into the build, and serves them in dev. */
export function pointArtwork() {
  return {
    name: 'acupress-point-artwork',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.slice(1) ?? '';
        if (!path.startsWith('artwork/')) return next();
        try {
          const files = await artworkSvgs((id) => server.ssrLoadModule(id));
          for (const file of files) {
            const size = artworkSizes.find((each) => sizedFileName(file.fileName, each) === path);
            if (size === undefined) continue;
            response.setHeader('Content-Type', 'image/png');
            response.end(renderArtworkPng(file.svg, size));
            return;
          }
          return next();
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      for (const { fileName, svg } of await artworkSvgs()) {
        for (const size of artworkSizes) {
          const source = renderArtworkPng(svg, size);
          this.emitFile({ type: 'asset', fileName: sizedFileName(fileName, size), source });
        }
      }
    },
  };
}
