/**
 * The app's one Trusted Types policy ("acupress", allowed by the CSP). Script URLs for
 * workers and the service worker pass through it, and only same-origin URLs are accepted.
 * No HTML or script strings are ever created.
 */
interface TrustedTypePolicyLike {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

function sameOriginOnly(input: string): string {
  const url = new URL(input, location.href);
  if (url.origin !== location.origin) throw new TypeError(`Refused a script from ${url.origin}`);
  return url.href;
}

/** A script URL the browser accepts under `require-trusted-types-for 'script'`. */
export function trustedScriptUrl(input: string | URL): string | URL {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    policy = factory ? factory.createPolicy('acupress', { createScriptURL: sameOriginOnly }) : null;
  }
  if (!policy) return sameOriginOnly(String(input));
  // The browser accepts a TrustedScriptURL wherever it takes a URL string.
  return policy.createScriptURL(String(input)) as string;
}
