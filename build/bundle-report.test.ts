import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleReport, bundleReportPath, projectPath, readBundleReport } from './bundle-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `out-bundle-report-test-${process.pid}`;

/** Runs the plugin over a bundle, as Vite would after building into `outDir`. */
function report(bundle: Record<string, object>) {
  const plugin = bundleReport();
  plugin.configResolved({ build: { outDir } });
  plugin.generateBundle({}, bundle);
  return readBundleReport(outDir);
}

const chunk = (fileName: string, moduleIds: string[], isEntry = false) => ({
  type: 'chunk',
  fileName,
  moduleIds,
  isEntry,
});

describe('the bundle report', () => {
  afterAll(() => rmSync(bundleReportPath(outDir), { force: true }));

  it("lists each chunk's source modules as project paths, outside the build", () => {
    expect(
      report({
        'assets/index-a.js': chunk(
          'assets/index-a.js',
          [`${root}src/routes.tsx`, `${root}src/main.tsx`, '\0virtual:camera-assets'],
          true,
        ),
        'assets/settings-b.js': chunk('assets/settings-b.js', [`${root}src/ui/settings.tsx?x=1`]),
        'assets/index-c.css': { type: 'asset', fileName: 'assets/index-c.css' },
      }),
    ).toEqual({
      'assets/index-a.js': ['src/main.tsx', 'src/routes.tsx', 'virtual:camera-assets'],
      'assets/settings-b.js': ['src/ui/settings.tsx'],
    });
    expect(bundleReportPath(outDir)).toContain('node_modules/.cache/');
  });

  it("leaves the report alone for the service worker's own build", () => {
    const before = readBundleReport(outDir);
    report({ 'sw.js': chunk('sw.js', [`${root}node_modules/workbox-core/index.js`], true) });
    expect(readBundleReport(outDir)).toEqual(before);
  });

  it('keeps ids from outside the project as they are', () => {
    expect(projectPath('/elsewhere/module.js')).toBe('/elsewhere/module.js');
    expect(projectPath(`${root}node_modules/preact/dist/preact.module.js`)).toBe(
      'node_modules/preact/dist/preact.module.js',
    );
  });
});
