import { describe, expect, it } from 'vitest';
import {
  cspHeader,
  cspMeta,
  cspMetaTag,
  isCameraWorkerPath,
  previewSecurityHeaders,
  securityHeadersFor,
} from './csp.mjs';

type Middleware = (
  request: { url?: string },
  response: { setHeader: (name: string, value: string) => void },
  next: () => void,
) => void;

/** Runs the preview plugin's middleware for one request; returns the headers it set. */
function previewHeaders(url: string) {
  let middleware: Middleware | undefined;
  previewSecurityHeaders().configurePreviewServer({
    middlewares: { use: (handler: Middleware) => (middleware = handler) },
  });
  const headers: Record<string, string> = {};
  let nextCalled = false;
  middleware?.({ url }, { setHeader: (name, value) => (headers[name] = value) }, () => {
    nextCalled = true;
  });
  return { headers, nextCalled };
}

describe('the content security policy', () => {
  it('allows WebAssembly compilation only in the camera worker', () => {
    expect(cspHeader()).not.toContain('wasm-unsafe-eval');
    const worker = securityHeadersFor('/assets/hand-landmarker.worker-AbC_1.js');
    expect(worker['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(securityHeadersFor('/')['Content-Security-Policy']).toBe(cspHeader());
    expect(isCameraWorkerPath('/assets/index-AbC.js')).toBe(false);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta()).toContain("require-trusted-types-for 'script'");
  });
});

describe('the security header and CSP plugins', () => {
  it('send every security header with each preview response, then pass it on', () => {
    const { headers, nextCalled } = previewHeaders('/points');
    expect(nextCalled).toBe(true);
    expect(headers).toEqual(securityHeadersFor('/points'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    const worker = previewHeaders('/assets/hand-landmarker.worker-x1.js?v=2');
    expect(worker.headers['Content-Security-Policy']).toContain('wasm-unsafe-eval');
  });

  it('put the policy first in the built HTML head', () => {
    const plugin = cspMetaTag();
    expect(plugin.apply).toBe('build');
    expect(plugin.transformIndexHtml()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
