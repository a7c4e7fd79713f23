import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleReport } from './build/bundle-report.mjs';
import { cameraAssets } from './build/camera-assets.mjs';
import { cspMetaTag, previewSecurityHeaders } from './build/csp.mjs';
import { outDir } from './scripts/out-dir.mjs';
import { pointArtwork } from './build/point-artwork.mjs';
import { pwaIcons, pwaOptions } from './build/pwa.mjs';
import { chunkGroups } from './build/chunk-groups.mjs';
import { hoistImports } from './build/hoist-imports.mjs';

// The plugins live in build/, each with its test; this file only wires them.
export default defineConfig({
  plugins: [
    previewSecurityHeaders(),
    cspMetaTag(),
    pwaIcons(),
    pointArtwork(),
    VitePWA(pwaOptions),
    cameraAssets(),
    hoistImports(),
    bundleReport(),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    // No module preloads: their lists of every lazy chunk's files would ride in the first
    // screen's script. The lazy chunks' CSS still loads with them, and each later chunk names
    // every chunk it needs (build/hoist-imports.mjs), so a screen still loads in one round.
    modulePreload: false,
    outDir: outDir(),
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});
