import { describe, expect, it } from 'vitest';
import { cameraAssets, cameraCacheName, cameraFiles } from './camera-assets.mjs';

type Handler = (
  request: { url?: string },
  response: { setHeader: (name: string, value: string) => void; end: (body: Buffer) => void },
  next: () => void,
) => void;

describe('the camera assets plugin', () => {
  const plugin = cameraAssets();
  const files = cameraFiles();

  it('puts the model and the WebAssembly under one folder named by their hash', () => {
    const [, hash] = /^camera\/(\w{10})\/hand_landmarker\.task$/.exec(files.model.path) ?? [];
    expect(hash).toBeDefined();
    expect(files.wasm.path).toBe(`camera/${hash}/vision_wasm_module_internal.wasm`);
    expect(files.wasm.bytes.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  });

  it('tells the app where they are and how big, through a virtual module', () => {
    const id = plugin.resolveId('virtual:camera-assets');
    expect(plugin.resolveId('./other')).toBeUndefined();
    const code = plugin.load(id);
    expect(code).toBe(
      `export const cameraAssets = ${JSON.stringify({
        modelUrl: `/${files.model.path}`,
        modelBytes: files.model.bytes.length,
        wasmUrl: `/${files.wasm.path}`,
        wasmBytes: files.wasm.bytes.length,
        cacheName: cameraCacheName,
      })};`,
    );
  });

  it('writes both files into the build', () => {
    const emitted: { fileName: string; source: Buffer }[] = [];
    plugin.generateBundle.call({ emitFile: (file: (typeof emitted)[0]) => emitted.push(file) });
    expect(emitted.map((file) => [file.fileName, file.source.length])).toEqual([
      [files.model.path, files.model.bytes.length],
      [files.wasm.path, files.wasm.bytes.length],
    ]);
  });

  it('serves them in dev with their types, and passes other requests on', () => {
    let handler: Handler | undefined;
    plugin.configureServer({ middlewares: { use: (h: Handler) => (handler = h) } });
    const request = (url: string) => {
      const result: { type?: string; bytes?: number; next: boolean } = { next: false };
      handler?.(
        { url },
        {
          setHeader: (_name, value) => (result.type = value),
          end: (body) => (result.bytes = body.length),
        },
        () => (result.next = true),
      );
      return result;
    };
    expect(request(`/${files.wasm.path}?import`)).toEqual({
      type: 'application/wasm',
      bytes: files.wasm.bytes.length,
      next: false,
    });
    expect(request(`/${files.model.path}`).type).toBe('application/octet-stream');
    expect(request('/index.html')).toEqual({ next: true });
  });
});
