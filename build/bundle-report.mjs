// Records which source modules went into which chunk of the client build, so that the bundle
// check (bench/size.mjs) can say what the first screen really loads. The report is written
// beside the build, in the git-ignored node_modules/.cache/acupress/, never into the build
// itself: nothing ships to users for a check's sake.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules/.cache/acupress');

/** Where the report of the build in `outDir` is kept. */
export function bundleReportPath(outDir) {
  return join(cacheDir, `bundle-${basename(resolve(root, outDir))}.json`);
}

/** { chunk file name: the project-relative paths of its source modules }, or null if none. */
export function readBundleReport(outDir) {
  try {
    return JSON.parse(readFileSync(bundleReportPath(outDir), 'utf8'));
  } catch {
    return null;
  }
}

/** Module ids as project paths ('src/main.tsx'); virtual and package modules keep their id. */
export function projectPath(id) {
  const path = id.split('?')[0];
  if (path.startsWith('\0') || !path.startsWith(root)) return path.replace(/^\0/, '');
  return relative(root, path).split('\\').join('/');
}

export function bundleReport() {
  let outDir = 'dist';
  return {
    name: 'acupress-bundle-report',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      // The service worker's own build (vite-plugin-pwa) is not the app's.
      if (!Object.values(bundle).some((file) => file.type === 'chunk' && file.isEntry)) return;
      if (Object.keys(bundle).some((name) => /^(sw|workbox-[^/]+)\.js$/.test(name))) return;
      const report = {};
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') report[file.fileName] = file.moduleIds.map(projectPath).sort();
      }
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(bundleReportPath(outDir), `${JSON.stringify(report, null, 1)}\n`);
    },
  };
}
