/**
 * Where to go after the screening: only a path inside this app, never another site
 * ("//evil.example" or "https://…" would be an open redirect). Defaults to the session.
 */
export function safeNextPath(value: string | undefined, fallback = '/session'): string {
  if (value === undefined || !value.startsWith('/') || value.startsWith('//')) return fallback;
  if (/[\\\s]/.test(value) || value.startsWith('/safety')) return fallback;
  return value;
}
