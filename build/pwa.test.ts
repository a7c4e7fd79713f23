import { describe, expect, it } from 'vitest';
import { iconFiles, isOnDemand, manifest, onDemandGlobs, pwaIcons, pwaOptions } from './pwa.mjs';

/** The files the icons plugin emits into the build. */
function emittedIcons() {
  const emitted = new Map<string, string | Uint8Array>();
  pwaIcons().generateBundle.call({
    emitFile: ({ fileName, source }: { fileName: string; source: string | Uint8Array }) =>
      emitted.set(fileName, source),
  });
  return emitted;
}

const pngSize = (png: Uint8Array) => {
  const view = Buffer.from(png);
  return [view.readUInt32BE(16), view.readUInt32BE(20)];
};

describe('the PWA icons plugin', () => {
  const emitted = emittedIcons();

  it('writes every icon at the size it is named for', () => {
    expect([...emitted.keys()]).toEqual(iconFiles.map(([name]) => String(name)));
    for (const [name, , size] of iconFiles as [string, string, number | 'svg'][]) {
      const source = emitted.get(name);
      if (size === 'svg') expect(String(source)).toContain('<svg');
      else expect(pngSize(source as Uint8Array)).toEqual([size, size]);
    }
  });

  it('writes every icon the manifest names', () => {
    for (const icon of manifest.icons) expect(emitted.has(icon.src.slice(1))).toBe(true);
  });

  it('links the icon and the theme colours from index.html', () => {
    const tags = pwaIcons().transformIndexHtml();
    expect(tags.map((tag) => tag.attrs.rel ?? tag.attrs.name)).toEqual([
      'icon',
      'apple-touch-icon',
      'theme-color',
      'theme-color',
    ]);
    for (const tag of tags) {
      if (tag.attrs.href) expect(emitted.has(tag.attrs.href.slice(1))).toBe(true);
    }
  });
});

describe('the service worker options', () => {
  it('keep the camera files out of the precache and cache the worker script on use', () => {
    expect(pwaOptions.workbox?.globIgnores).toEqual(onDemandGlobs);
    expect(isOnDemand('camera/abc123/hand_landmarker.task')).toBe(true);
    expect(isOnDemand('assets/hand-landmarker.worker-AbC_1.js')).toBe(true);
    expect(isOnDemand('assets/index-AbC.js')).toBe(false);
    const [rule] = pwaOptions.workbox?.runtimeCaching ?? [];
    const matches = (path: string, sameOrigin = true) =>
      (rule?.urlPattern as (options: { url: URL; sameOrigin: boolean }) => boolean)({
        url: new URL(path, 'https://acupress.example'),
        sameOrigin,
      });
    expect(matches('/assets/hand-landmarker.worker-AbC_1.js')).toBe(true);
    expect(matches('/assets/hand-landmarker.worker-AbC_1.js', false)).toBe(false);
    expect(matches('/assets/index-AbC.js')).toBe(false);
  });

  it('cache the voice bank of a language when the track worker first fetches it', () => {
    const rule = pwaOptions.workbox?.runtimeCaching?.find(
      (each) => each.options?.cacheName === 'acupress-voice',
    );
    const matches = (path: string, sameOrigin = true) =>
      (rule?.urlPattern as (options: { url: URL; sameOrigin: boolean }) => boolean)({
        url: new URL(path, 'https://acupress.example'),
        sameOrigin,
      });
    expect(matches('/voice/zh-hans-071bb0f12f.adpcm')).toBe(true);
    expect(matches('/voice/en-3c014cad0c.adpcm', false)).toBe(false);
    expect(matches('/voice/en.wav')).toBe(false);
    expect(rule?.handler).toBe('CacheFirst');
    // Downloaded with Voice on, in one language: never all three in the precache.
    expect(isOnDemand('voice/es-fa16613f02.adpcm')).toBe(true);
  });
});
