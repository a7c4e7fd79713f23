// Serves the camera mode's model and WebAssembly from our own origin: a Vite plugin that writes
// them into the build under camera/<hash>/ (and serves them in dev), and a virtual module
// 'virtual:camera-assets' with their URLs and sizes. Both files come from npm packages:
// hand_landmarker.task is assembled from @mediapipe/hands (build/hand-model.mjs, cached between
// builds), the WASM is @mediapipe/tasks-vision's. Nothing is downloaded at build time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { handLandmarkerTask } from './hand-model.mjs';

const require = createRequire(import.meta.url);

/** The runtime cache the camera files live in (shared with the service worker's rule). */
export const cameraCacheName = 'acupress-camera';

let cached;
/** The files, built once per process. */
export function cameraFiles() {
  if (cached) return cached;
  const model = handLandmarkerTask().bytes;
  const wasm = readFileSync(
    require.resolve('@mediapipe/tasks-vision/vision_wasm_module_internal.wasm'),
  );
  const hash = createHash('sha256').update(model).update(wasm).digest('hex').slice(0, 10);
  const dir = `camera/${hash}`;
  cached = {
    model: { path: `${dir}/hand_landmarker.task`, bytes: model },
    wasm: { path: `${dir}/vision_wasm_module_internal.wasm`, bytes: wasm },
  };
  return cached;
}

const virtualId = 'virtual:camera-assets';
const resolvedId = `\0${virtualId}`;

export function cameraAssets() {
  return {
    name: 'acupress-camera-assets',
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = cameraFiles();
      const assets = {
        modelUrl: `/${files.model.path}`,
        modelBytes: files.model.bytes.length,
        wasmUrl: `/${files.wasm.path}`,
        wasmBytes: files.wasm.bytes.length,
        cacheName: cameraCacheName,
      };
      return `export const cameraAssets = ${JSON.stringify(assets)};`;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.slice(1);
        const file = Object.values(cameraFiles()).find((f) => f.path === path);
        if (!file) return next();
        response.setHeader(
          'Content-Type',
          path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream',
        );
        response.end(file.bytes);
      });
    },
    generateBundle() {
      for (const file of Object.values(cameraFiles())) {
        this.emitFile({ type: 'asset', fileName: file.path, source: file.bytes });
      }
    },
  };
}
