/// <reference lib="webworker" />
// The hand model runs here, off the page's thread, so that the page stays smooth.
import './hand-landmarker-quiet';
import ModuleFactory from '@mediapipe/tasks-vision/vision_wasm_module_internal.js';
import { HandLandmarker } from '@mediapipe/tasks-vision';
import type { DetectedHand } from '../features/camera/ports';
import type { FromWorker, ToWorker } from './hand-landmarker-protocol';

declare const self: DedicatedWorkerGlobalScope & {
  ModuleFactory?: unknown;
  Module?: {
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      done: (instance: WebAssembly.Instance) => void,
    ) => object;
  };
};

let landmarker: HandLandmarker | null = null;
/** The hands the model tracks now: 2 while the camera looks for the asked-for hand, then 1. */
let numHands: 1 | 2 = 2;
/** Detections run one after another, as they came, also across an options change. */
let queue: Promise<void> = Promise.resolve();
let dimmer: OffscreenCanvasRenderingContext2D | null = null;
// detectForVideo needs strictly increasing timestamps.
let lastTimestampMs = -1;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** Reads `url` from the camera cache, or downloads it (reporting progress) and caches it. */
async function fetchCached(
  url: string,
  cache: Cache | null,
  onBytes: (bytes: number, fromCache: boolean) => void,
): Promise<ArrayBuffer> {
  const hit = await cache?.match(url);
  if (hit) {
    const bytes = await hit.arrayBuffer();
    onBytes(bytes.byteLength, true);
    return bytes;
  }
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength, false);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  await cache?.put(url, new Response(bytes.slice().buffer)).catch(() => undefined);
  return bytes.buffer;
}

/**
 * Keeps this worker's own script for offline use, in the cache the service worker answers it
 * from ("acupress-camera-code", build/pwa.mjs), also when camera mode was first used before
 * the service worker took control of the page.
 */
async function keepOwnScript(): Promise<void> {
  try {
    const cache = await self.caches.open('acupress-camera-code');
    if (await cache.match(self.location.href)) return;
    const response = await fetch(self.location.href);
    if (response.ok) await cache.put(self.location.href, response);
  } catch {
    // Offline or no Cache API: the service worker's own rule still applies.
  }
}

async function load(message: Extract<ToWorker, { type: 'load' }>): Promise<void> {
  const cache =
    'caches' in self ? await self.caches.open(message.cacheName).catch(() => null) : null;
  let loaded = 0;
  let fromCache = true;
  const onBytes = (bytes: number, cached: boolean) => {
    loaded += bytes;
    fromCache &&= cached;
    post({
      type: 'progress',
      progress: { loadedBytes: loaded, totalBytes: message.totalBytes, fromCache },
    });
  };
  void keepOwnScript();
  const [model, wasm] = await Promise.all([
    fetchCached(message.modelUrl, cache, onBytes),
    fetchCached(message.wasmUrl, cache, onBytes),
  ]);
  // The WASM module's factory is bundled here and its binary comes from the cache, so
  // tasks-vision neither loads a script nor fetches anything itself (works offline).
  self.ModuleFactory = ModuleFactory;
  self.Module = {
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(wasm, imports).then(
        (result) => done(result.instance),
        (error: unknown) => post({ type: 'failed', message: String(error) }),
      );
      return {};
    },
  };
  landmarker = await HandLandmarker.createFromOptions(
    { wasmLoaderPath: '', wasmBinaryPath: message.wasmUrl },
    {
      baseOptions: { modelAssetBuffer: new Uint8Array(model), delegate: 'CPU' },
      runningMode: 'VIDEO',
      numHands,
      minHandDetectionConfidence: 0.5,
      minHandPresenceConfidence: 0.5,
      minTrackingConfidence: 0.5,
    },
  );
}

/** Mean brightness (0–255) from an 8×8 thumbnail. */
function brightnessOf(image: ImageBitmap): number | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  dimmer ??= new OffscreenCanvas(8, 8).getContext('2d', { willReadFrequently: true });
  if (!dimmer) return null;
  dimmer.drawImage(image, 0, 0, 8, 8);
  const { data } = dimmer.getImageData(0, 0, 8, 8);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum += 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
  }
  return sum / (data.length / 4);
}

async function detect(message: Extract<ToWorker, { type: 'detect' }>): Promise<void> {
  const { image, width, height } = message;
  try {
    if (!landmarker) throw new Error('not loaded');
    if (message.maxHands !== numHands) {
      // About 20–30 ms on this project's 2-core test machine; the model restarts its tracking.
      await landmarker.setOptions({ numHands: message.maxHands });
      numHands = message.maxHands;
    }
    lastTimestampMs = Math.max(message.timestampMs, lastTimestampMs + 1);
    const result = landmarker.detectForVideo(image, lastTimestampMs);
    const hands: DetectedHand[] = result.landmarks.map((points, i) => {
      const category = result.handedness[i]?.[0];
      return {
        landmarks: points.map((p) => ({ x: p.x * width, y: p.y * height })),
        label: category?.categoryName === 'Right' ? 'right' : 'left',
        score: category?.score ?? 0,
      };
    });
    const brightness = hands.length === 0 ? brightnessOf(image) : null;
    post({ type: 'result', id: message.id, detection: { hands, brightness } });
  } catch (error) {
    post({ type: 'result', id: message.id, detection: { hands: [], brightness: null } });
    post({ type: 'failed', message: String(error) });
  } finally {
    image.close();
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    load(message).then(
      () => post({ type: 'ready' }),
      (error: unknown) => post({ type: 'failed', message: String(error) }),
    );
  } else {
    queue = queue.then(() => detect(message));
  }
};
