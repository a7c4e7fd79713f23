// Lists the licence of every package the built app ships, from node_modules' package.json files,
// fails when one is not on the allow-list, and writes the list the "Open-source licences" page
// shows (src/features/shell/ui/licenses-data.json). `npm run licenses`; `--check` only verifies that the
// committed list is up to date (for CI).
//
// Shipped = the "dependencies" of package.json and everything they depend on, plus the few
// dev-tool packages whose code or data ends up in the build (listed in `shippedByBuild`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/features/shell/ui/licenses-data.json');

/** Licences compatible with publishing the app (permissive; notices kept on the page). */
export const allowed = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Zlib',
  'CC0-1.0',
  'Unlicense',
  'BlueOak-1.0.0',
]);

/** Dev-tool packages whose code or data is in the build, and why. */
const shippedByBuild = {
  // build/hand-model.mjs assembles the camera model from its hand landmark models.
  '@mediapipe/hands': 'camera model',
  // vite-plugin-pwa inlines Workbox's runtime into sw.js (see build/pwa.mjs).
  'workbox-core': 'service worker',
  'workbox-routing': 'service worker',
  'workbox-strategies': 'service worker',
  'workbox-precaching': 'service worker',
  'workbox-expiration': 'service worker',
  'workbox-cacheable-response': 'service worker',
};

/** True when an SPDX expression is satisfied by allowed licences (OR: one; AND: all). */
export function isAllowed(expression) {
  const text = String(expression ?? '')
    .replace(/[()]/g, ' ')
    .trim();
  if (!text) return false;
  return text
    .split(/\s+OR\s+/)
    .some((alternative) => alternative.split(/\s+AND\s+/).every((id) => allowed.has(id.trim())));
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function packageDir(name, from = root) {
  // Node's resolution: nearest node_modules up from the depending package.
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${name} is not installed (from ${from})`);
    dir = parent;
  }
}

function licenseOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) {
    return manifest.licenses.map((item) => item.type ?? item).join(' OR ');
  }
  return '';
}

function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  const notice = readdirSync(dir).find((name) => /^notice(\.(md|txt))?$/i.test(name));
  const parts = [file, notice].filter(Boolean).map((name) => readFileSync(join(dir, name), 'utf8'));
  return parts.length > 0 ? parts.join('\n\n').trim() : undefined;
}

function repositoryUrl(manifest) {
  const repository =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const url = repository ?? manifest.homepage ?? '';
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1');
}

export function collect() {
  const manifest = readJson(join(root, 'package.json'));
  const found = new Map();
  const visit = (name, from, reason) => {
    const dir = packageDir(name, from);
    const pkg = readJson(join(dir, 'package.json'));
    const key = `${pkg.name}@${pkg.version}`;
    if (found.has(key)) return;
    found.set(key, {
      name: pkg.name,
      version: pkg.version,
      license: licenseOf(pkg),
      reason,
      url: repositoryUrl(pkg),
      text: licenseText(dir) ?? null,
    });
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dir, reason);
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(name, root, 'app');
  for (const [name, reason] of Object.entries(shippedByBuild)) {
    if (existsSync(join(root, 'node_modules', name, 'package.json'))) visit(name, root, reason);
  }
  const packages = [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  // A package without a licence file is under the standard text of its licence: point to a
  // package above with the same licence whose text is shown.
  for (const pkg of packages) {
    if (pkg.text) continue;
    const same = packages.find((other) => other.text && other.license === pkg.license);
    if (same) pkg.sameTextAs = same.name;
  }
  return [...packages, ...voiceClips()];
}

/**
 * The spoken cues' clips (public/voice/) are data that synthesizers made at build time
 * (scripts/render-voice): not packages, so not on the allow-list, but their provenance and the
 * synthesizers' notices are listed on the same page.
 */
function voiceClips() {
  return readJson(join(root, 'scripts/render-voice/provenance.json'));
}
const isVoiceClips = (entry) => entry.reason === 'spoken words';

function main() {
  const packages = collect();
  let failed = 0;
  for (const pkg of packages) {
    const ok = isVoiceClips(pkg) || isAllowed(pkg.license);
    if (!ok) failed += 1;
    console.log(
      `${ok ? 'ok ' : 'NOT ALLOWED'} ${pkg.name}@${pkg.version}: ${pkg.license || '(none)'} (${pkg.reason}${pkg.text ? '' : ', no licence file in the package'})`,
    );
  }
  console.log(`shipped-packages: ${packages.length}`);
  console.log(`licences-not-allowed: ${failed}`);
  const json = `${JSON.stringify(packages, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    // Compared as data: Prettier may lay the committed file out differently.
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : 'null';
    if (JSON.stringify(JSON.parse(current)) !== JSON.stringify(packages)) {
      console.error(
        'src/features/shell/ui/licenses-data.json is out of date: run npm run licenses.',
      );
      process.exit(1);
    }
  } else {
    writeFileSync(outFile, json);
    console.log('wrote src/features/shell/ui/licenses-data.json');
  }
  if (failed > 0) {
    console.error(`${failed} shipped package(s) have a licence that is not on the allow-list.`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
