// Size budgets of the built app (issue 8): the JavaScript and CSS that the first screen loads,
// gzipped, and the total JavaScript. Exits non-zero when the first screen is over budget.
//
// The first screen's files are read from the built index.html (its module scripts, module
// preloads and stylesheets) and, for the JavaScript, every chunk those scripts import
// statically, followed recursively. Dynamic import() targets load later and are not counted.
//
// Usage: npm run build && npm run bench:size   (ACUPRESS_OUT picks another build folder)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** Budgets in bytes, gzipped (1 KB = 1000 bytes). */
export const budgets = { firstScreenJs: 35_000, firstScreenCss: 10_000 };

const root = fileURLToPath(new URL('..', import.meta.url));

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
    'first-screen-css-gz-bytes': sum(first.css),
    'total-js-gz-bytes': sum(appJs),
    'total-js-files': appJs.length,
    'total-css-gz-bytes': sum(all.filter((path) => path.endsWith('.css'))),
    'service-worker-gz-bytes': sum(serviceWorker),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = resolve(root, process.env.ACUPRESS_OUT ?? 'dist');
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
  for (const line of over) console.error(`OVER BUDGET: ${line} (gzipped)`);
  if (over.length === 0) console.log('size budgets: ok');
  process.exit(over.length === 0 ? 0 : 1);
}
