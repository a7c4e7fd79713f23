/**
 * The modules a page loads before its first paint: the static imports reachable from an entry,
 * followed through the source tree. Type-only imports and dynamic import() are left out, since
 * neither loads anything up front. Bare specifiers (packages) are not followed.
 */
const importPattern =
  /(?:^|[\n;])\s*(?:import|export)\s+(?!type\b)(?:[\w*{}\s,$]+?\s+from\s+)?(['"])([^'"]+)\1/g;

function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = from.slice(0, from.lastIndexOf('/'));
  const parts: string[] = [];
  for (const part of `${base}/${specifier}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const path = parts.join('/');
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => path + ending)
    .find((candidate) => files.has(candidate));
}

export function staticImportGraph(
  sources: Readonly<Record<string, string>>,
  entry: string,
): string[] {
  const files = new Set(Object.keys(sources));
  const seen = new Set<string>();
  const queue = [entry];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const match of (sources[path] ?? '').matchAll(importPattern)) {
      const specifier = match[2] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = resolve(path, specifier, files);
      if (target) queue.push(target);
    }
  }
  return [...seen].sort();
}
