import { cameraAssets } from 'virtual:camera-assets';
import workerUrl from './hand-landmarker.worker.ts?worker&url';
import type {
  CameraFrame,
  Detection,
  DownloadProgress,
  HandLandmarker,
} from '../features/camera/ports';
import type { FromWorker, ToWorker } from './hand-landmarker-protocol';
import { trustedScriptUrl } from './trusted-types';

/** How long a loaded model stays warm after camera mode closes (the session opens it per hand). */
const keepWarmMs = 120_000;
const noDetection: Detection = { hands: [], brightness: null };

interface SharedWorker {
  readonly worker: Worker;
  readonly pending: Map<number, (detection: Detection) => void>;
  ready: Promise<void> | null;
  onProgress: (progress: DownloadProgress) => void;
  settle: { resolve: () => void; reject: (error: Error) => void } | null;
  nextId: number;
}

let shared: SharedWorker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function stopShared(): void {
  if (!shared) return;
  shared.worker.terminate();
  for (const resolve of shared.pending.values()) resolve(noDetection);
  shared = null;
}

function sharedWorker(): SharedWorker {
  if (shared) return shared;
  const worker = new Worker(trustedScriptUrl(workerUrl) as string, { name: 'hand-landmarker' });
  const state: SharedWorker = {
    worker,
    pending: new Map(),
    ready: null,
    onProgress: () => undefined,
    settle: null,
    nextId: 1,
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') state.onProgress(message.progress);
    else if (message.type === 'ready') state.settle?.resolve();
    else if (message.type === 'failed') state.settle?.reject(new Error(message.message));
    else {
      state.pending.get(message.id)?.(message.detection);
      state.pending.delete(message.id);
    }
  };
  worker.onerror = (event) => state.settle?.reject(new Error(event.message));
  shared = state;
  return state;
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', stopShared);

/**
 * MediaPipe hand landmarks (tasks-vision, WebAssembly on the CPU) in a dedicated worker. The
 * model and WASM are served from our own origin and cached in the "acupress-camera" cache. One
 * worker serves every opening of camera mode and stays warm for two minutes after the last one
 * closes, so that the next hand in a session starts at once.
 */
export function createHandLandmarker(): HandLandmarker {
  clearTimeout(idleTimer);
  const state = sharedWorker();
  let closed = false;
  return {
    load(onProgress) {
      state.onProgress = onProgress;
      if (!state.ready) {
        state.ready = new Promise<void>((resolve, reject) => {
          state.settle = { resolve, reject };
          const message: ToWorker = {
            type: 'load',
            modelUrl: new URL(cameraAssets.modelUrl, location.href).href,
            wasmUrl: new URL(cameraAssets.wasmUrl, location.href).href,
            cacheName: cameraAssets.cacheName,
            totalBytes: cameraAssets.modelBytes + cameraAssets.wasmBytes,
          };
          state.worker.postMessage(message);
        });
        // A model that failed to start is not kept: the next try starts a new worker.
        state.ready.catch(() => {
          if (shared === state) stopShared();
        });
      }
      return state.ready;
    },
    detect(frame: CameraFrame, timestampMs: number, maxHands: 1 | 2) {
      if (closed || shared !== state) {
        frame.image.close();
        return Promise.resolve(noDetection);
      }
      const id = state.nextId++;
      return new Promise<Detection>((resolve) => {
        state.pending.set(id, resolve);
        const message: ToWorker = {
          type: 'detect',
          id,
          image: frame.image,
          width: frame.width,
          height: frame.height,
          timestampMs: Math.round(timestampMs),
          maxHands,
        };
        state.worker.postMessage(message, [frame.image]);
      });
    },
    close() {
      if (closed) return;
      closed = true;
      state.onProgress = () => undefined;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(stopShared, keepWarmMs);
    },
  };
}

/**
 * Tears the hand model's worker down now, not two minutes after camera mode closed: a session
 * starts, and iOS ends background pages that hold much memory.
 */
export function releaseHandModel(): void {
  clearTimeout(idleTimer);
  stopShared();
}

export const cameraDownloadBytes = cameraAssets.modelBytes + cameraAssets.wasmBytes;
