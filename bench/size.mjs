// Size budgets of the built app (issue 8): the JavaScript and CSS that the first screen loads,
// gzipped, and the total JavaScript; and what the first screen carries. Exits non-zero when the
// first screen is over budget or breaks one of `firstScreenRules`, or when any built JavaScript
// names a test hook (`testHookNames`).
//
// The first screen's files are read from the built index.html (its module scripts, module
// preloads and stylesheets) and, for the JavaScript, every chunk those scripts import
// statically, followed recursively. Dynamic import() targets load later and are not counted.
// Which source modules are in those chunks comes from the build's own record of its chunks
// (build/bundle-report.mjs), so the rules below are checked against what really ships.
//
// Usage: npm run build && npm run bench:size   (ACUPRESS_OUT picks another build folder)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { runnerImport } from 'vite';
import { bundleReportPath, readBundleReport } from '../build/bundle-report.mjs';
import { outPath } from '../scripts/out-dir.mjs';

/**
 * Budgets in bytes, gzipped (1 KB = 1000 bytes). The first screen's JavaScript was 28,491 B
 * before issue 28, 27,008 B with the reminder's calendar code and the journal's formats gone,
 * 22,309 B with the points' data and the schema library gone (Home lists the points from their
 * names alone; the stored health answers and reminder plan are read by hand), and 21,665 B as one
 * file (build/chunk-groups.mjs) with the red-flag list's sources gone (safety/core/flag-groups.ts).
 * It then held 21,908 B, of which about 2 KB were Vite's module preloading: its helper and the
 * list of every lazy chunk's files. Issue 28's aim is 20 KB; it is met at about 19,770 B with, in turn:
 * - no JavaScript module preloads (vite.config.ts, `build.modulePreload: false`): the list keeps
 *   only the lazy chunks' stylesheets, which the helper still loads before their screen (20,700 B);
 * - the service worker's registration imported once the page has loaded (src/main.tsx, 20,386
 *   B; waiting for the browser to be idle after that costs 47 B back);
 * - the duration formats out of i18n.ts (src/i18n/durations.ts, 20,204 B);
 * - the wiring of the lazy models out of app.ts (src/app-later.ts, in the shared vocabulary
 *   file that every later screen loads, 19,714 B).
 * Of what is left, 8.5 KB is Preact, its hooks and signals, and 1.6 KB its router (preact-iso).
 */
export const budgets = { firstScreenJs: 20_000, firstScreenCss: 10_000 };

/**
 * Each language's voice bank (public/voice/, ADPCM clips of every spoken cue), in bytes as
 * served: one is downloaded, only with Voice on, and kept for offline use (build/pwa.mjs).
 */
export const voiceBankBudget = 1_000_000;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What the first screen's JavaScript must and must not contain (project paths of source
 * modules): the home screen and the words machinery, not the later screens; of the message
 * catalogs, only the shell's and the update prompt's English ones (each later screen loads its
 * own parts, src/catalogs/parts.ts, whose table is not on the first screen either). And the words: those catalogs hold every key the first screen's code uses, and
 * none that only later screens use.
 */
export const firstScreenRules = {
  includes: ['src/main.tsx', 'src/features/shell/ui/home.tsx', 'src/i18n/i18n.ts'],
  excludes: [
    'src/features/shell/ui/settings.tsx',
    // The points' whole data and the schema library load with the screens that use them.
    'src/domain/points.ts',
    'node_modules/valibot/dist/index.mjs',
    // History's charts (uPlot's code and its CSS) load with History.
    'src/shared/ui/line-chart.tsx',
  ],
  /**
   * The catalogs: each feature's messages/ folder, the app's whole-language catalogs, the first
   * screen's in the other languages and the later parts' table.
   */
  isMessageFile: (path) =>
    /^src\/(catalogs\/(en|es|zh-hans)(-first-screen)?\.ts|catalogs\/parts\.ts|features\/[^/]+\/messages\/)/.test(
      path,
    ),
  messages: ['src/features/pwa/messages/en.ts', 'src/features/shell/messages/en.ts'],
  allMessages: 'src/catalogs/en.ts',
};

/**
 * The test hooks the app once shipped: a global with the session's schedule log, and the camera
 * finder's frame count and first-zone time. The tests now watch what a user gets (the DOM, the
 * session track's element, its file and its output; the camera worker's messages), so no build
 * may carry these names.
 */
export const testHookNames = ['acupressAudio', 'data-frames', 'firstZoneAtMs'];

const gzipBytes = (buffer) => gzipSync(buffer).length;

/** Attribute values of the tags in `html` that match `tagPattern`. */
function attributeValues(html, tagPattern, attribute) {
  const values = [];
  for (const [tag] of html.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}=["']([^"']+)["']`).exec(tag)?.[1];
    if (value) values.push(value);
  }
  return values;
}

/** Paths (relative to the build folder, with "/") of the first screen's files. */
export async function firstScreenFiles(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const toPath = (url) => posix.normalize(url.replace(/^\//, '').split(/[?#]/)[0]);
  const isLocal = (url) => !/^[a-z]+:|^\/\//i.test(url);
  const scripts = attributeValues(html, /<script\b[^>]*type=["']module["'][^>]*>/gi, 'src');
  const preloads = attributeValues(html, /<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi, 'href');
  const styles = attributeValues(html, /<link\b[^>]*rel=["']stylesheet["'][^>]*>/gi, 'href');

  await init;
  const js = new Set();
  const queue = [...scripts, ...preloads].filter(isLocal).map(toPath);
  while (queue.length > 0) {
    const path = queue.shift();
    if (js.has(path)) continue;
    js.add(path);
    const [imports] = parse(readFileSync(join(outDir, path), 'utf8'));
    for (const found of imports) {
      // d === -1: a static import (or export … from); dynamic import() loads later.
      if (found.d !== -1 || !found.n || !isLocal(found.n)) continue;
      queue.push(
        found.n.startsWith('/') ? toPath(found.n) : posix.join(posix.dirname(path), found.n),
      );
    }
  }
  return { js: [...js], css: styles.filter(isLocal).map(toPath) };
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The source modules of the first screen's chunks, from the build's report. */
export function firstScreenModules(outDir, jsFiles) {
  const report = readBundleReport(outDir);
  const missing = jsFiles.filter((file) => !report?.[file]);
  if (missing.length > 0) {
    throw new Error(
      `${bundleReportPath(outDir)} does not describe this build (${missing.join(', ')}): build again.`,
    );
  }
  return [...new Set(jsFiles.flatMap((file) => report[file]))].sort();
}

/** Loads a TypeScript module of the project (the catalogs, the key-usage helper) through Vite. */
async function load(path) {
  return (await runnerImport(join(root, path), { configFile: false, root, logLevel: 'error' }))
    .module;
}

/** Every way the first screen breaks `firstScreenRules`, one line each. */
export async function firstScreenProblems(modules, rules = firstScreenRules) {
  const problems = [
    ...rules.includes.filter((path) => !modules.includes(path)).map((path) => `lacks ${path}`),
    ...rules.excludes.filter((path) => modules.includes(path)).map((path) => `carries ${path}`),
  ];
  const messageFiles = modules.filter((path) => rules.isMessageFile(path));
  if (JSON.stringify(messageFiles) !== JSON.stringify([...rules.messages].sort())) {
    problems.push(`carries the messages ${messageFiles.join(', ')}, not ${rules.messages}`);
  }
  const { keyUsage } = await load('test/catalog-usage.ts');
  const code = modules.filter(
    (path) => path.startsWith('src/') && !rules.isMessageFile(path) && /\.tsx?$/.test(path),
  );
  const usage = keyUsage(
    code.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
  );
  const carried = new Set();
  for (const path of rules.messages) {
    for (const catalog of Object.values(await load(path))) {
      for (const key of Object.keys(catalog)) carried.add(key);
    }
  }
  const all = Object.values(await load(rules.allMessages)).flatMap((catalog) =>
    Object.keys(catalog),
  );
  const lacking = all.filter((key) => usage.isUsed(key) && !carried.has(key));
  const unused = [...carried].filter((key) => !usage.isUsed(key));
  if (lacking.length > 0) problems.push(`uses messages it does not carry: ${lacking.join(', ')}`);
  if (unused.length > 0) problems.push(`carries messages only later screens use: ${unused}`);
  return problems;
}

/** Each built JavaScript file that names a test hook, as "file: name". */
export function shippedTestHooks(outDir, names = testHookNames) {
  return filesUnder(outDir)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return names
        .filter((name) => text.includes(name))
        .map((name) => `${relative(outDir, file)}: ${name}`);
    });
}

export async function measure(outDir) {
  const first = await firstScreenFiles(outDir);
  const sum = (paths) =>
    paths.reduce((total, path) => total + gzipBytes(readFileSync(join(outDir, path))), 0);
  const all = filesUnder(outDir).map((file) => relative(outDir, file).split('\\').join('/'));
  // The service worker is not part of any screen: it is reported on its own.
  const serviceWorker = all.filter((path) => path === 'sw.js' || /^workbox-.*\.js$/.test(path));
  const appJs = all.filter((path) => path.endsWith('.js') && !serviceWorker.includes(path));
  return {
    'first-screen-js-gz-bytes': sum(first.js),
    'first-screen-js-files': first.js.length,
    'first-screen-modules': firstScreenModules(outDir, first.js).length,
    'first-screen-css-gz-bytes': sum(first.css),
    'total-js-gz-bytes': sum(appJs),
    'total-js-files': appJs.length,
    'total-css-gz-bytes': sum(all.filter((path) => path.endsWith('.css'))),
    'service-worker-gz-bytes': sum(serviceWorker),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = outPath();
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`No build in ${relative(root, outDir) || '.'}: run "npm run build" first.`);
    process.exit(1);
  }
  const figures = await measure(outDir);
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
  const over = [];
  if (figures['first-screen-js-gz-bytes'] > budgets.firstScreenJs) {
    over.push(`first-screen JavaScript is over its ${budgets.firstScreenJs} byte budget`);
  }
  if (figures['first-screen-css-gz-bytes'] > budgets.firstScreenCss) {
    over.push(`first-screen CSS is over its ${budgets.firstScreenCss} byte budget`);
  }
  const voiceDir = join(outDir, 'voice');
  for (const name of existsSync(voiceDir) ? readdirSync(voiceDir) : []) {
    const bytes = readFileSync(join(voiceDir, name)).length;
    console.log(`voice-bank-${name.replace(/-[0-9a-f]+\.adpcm$/, '')}-bytes: ${bytes}`);
    if (bytes > voiceBankBudget)
      over.push(`voice/${name} is over its ${voiceBankBudget} byte budget`);
  }
  for (const line of over) console.error(`OVER BUDGET: ${line} (gzipped)`);
  if (over.length === 0) console.log('size budgets: ok');
  const { js } = await firstScreenFiles(outDir);
  const problems = await firstScreenProblems(firstScreenModules(outDir, js));
  for (const line of problems) console.error(`FIRST SCREEN: ${line}`);
  if (problems.length === 0) console.log('first screen: ok');
  const hooks = shippedTestHooks(outDir);
  for (const line of hooks) console.error(`TEST HOOK SHIPPED: ${line}`);
  if (hooks.length === 0) console.log('test hooks shipped: none');
  process.exit(over.length === 0 && problems.length === 0 && hooks.length === 0 ? 0 : 1);
}
