// The app's Content-Security-Policy, shared by the server header and the built HTML's meta tag.
// frame-ancestors only works as a header; the meta tag omits it (browsers ignore it there).
export const cspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['acupress'],
};

function serialize(directives) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function cspHeader() {
  return serialize(cspDirectives);
}

/**
 * The camera mode's worker compiles the hand model's WebAssembly, which needs 'wasm-unsafe-eval'.
 * A dedicated worker takes its policy from its own response, so only that script gets it.
 */
export function cameraWorkerCspHeader() {
  return serialize({
    ...cspDirectives,
    'script-src': [...cspDirectives['script-src'], "'wasm-unsafe-eval'"],
  });
}

export const isCameraWorkerPath = (path) => /\/hand-landmarker\.worker-[\w-]+\.js(\?|$)/.test(path);

export function cspMeta() {
  return Object.entries(cspDirectives)
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The headers the server sends with a response for `path`. */
export function securityHeadersFor(path) {
  return {
    ...securityHeaders,
    'Content-Security-Policy': isCameraWorkerPath(path) ? cameraWorkerCspHeader() : cspHeader(),
  };
}

export const securityHeaders = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Sends the security headers with every response of the built app (npm start, tests). */
export function previewSecurityHeaders() {
  return {
    name: 'acupress-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(request.url ?? '/'))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

/** Puts the CSP in the built HTML too, for hosts that cannot send headers. */
export function cspMetaTag() {
  return {
    name: 'acupress-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}
