/**
 * Which message keys the code uses. A key counts as used when it appears in the source as a
 * string literal, matches a template literal such as `safety.flag.${id}`, or is the plural
 * form (".one", ".other", …) of a base passed to tCount.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

const pluralForms = /\.(zero|one|two|few|many|other)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function keyUsage(files: readonly SourceFile[]) {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const { text } of files) {
    for (const match of text.matchAll(/(['"])([a-z][\w-]*(?:\.[\w-]+)+)\1/gi)) {
      literals.add(match[2] ?? '');
    }
    for (const match of text.matchAll(/`([^`]*)`/g)) {
      const body = match[1] ?? '';
      if (!body.includes('${')) {
        literals.add(body);
        continue;
      }
      const parts = body.split(/\$\{[^}]*\}/);
      if (!/^[a-z][\w-]*\./i.test(parts[0] ?? '')) continue;
      patterns.push(new RegExp(`^${parts.map(escapeRegExp).join('[\\w-]+')}$`));
    }
  }
  const isUsed = (key: string): boolean => {
    if (literals.has(key) || patterns.some((pattern) => pattern.test(key))) return true;
    const base = key.replace(pluralForms, '');
    return base !== key && (literals.has(base) || patterns.some((pattern) => pattern.test(base)));
  };
  return { isUsed };
}
