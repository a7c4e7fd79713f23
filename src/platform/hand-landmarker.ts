import { cameraAssets } from 'virtual:camera-assets';
import workerUrl from './hand-landmarker.worker.ts?worker&url';
import type { CameraFrame, Detection, DownloadProgress, HandLandmarker } from '../app/camera-ports';
import type { FromWorker, ToWorker } from './hand-landmarker-protocol';
import { trustedScriptUrl } from './trusted-types';

/**
 * MediaPipe hand landmarks (tasks-vision, WebAssembly on the CPU) in a dedicated worker. The
 * model and WASM are served from our own origin and cached in the "acupress-camera" cache.
 */
export function createHandLandmarker(): HandLandmarker {
  const worker = new Worker(trustedScriptUrl(workerUrl) as string, { name: 'hand-landmarker' });
  const pending = new Map<number, (detection: Detection) => void>();
  let nextId = 1;
  let onProgress: (progress: DownloadProgress) => void = () => undefined;
  let loaded: { resolve: () => void; reject: (error: Error) => void } | null = null;

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'ready') loaded?.resolve();
    else if (message.type === 'failed') loaded?.reject(new Error(message.message));
    else {
      pending.get(message.id)?.(message.detection);
      pending.delete(message.id);
    }
  };
  worker.onerror = (event) => loaded?.reject(new Error(event.message));

  function send(message: ToWorker, transfer: Transferable[] = []): void {
    worker.postMessage(message, transfer);
  }

  return {
    load(progress) {
      onProgress = progress;
      return new Promise<void>((resolve, reject) => {
        loaded = { resolve, reject };
        send({
          type: 'load',
          modelUrl: new URL(cameraAssets.modelUrl, location.href).href,
          wasmUrl: new URL(cameraAssets.wasmUrl, location.href).href,
          cacheName: cameraAssets.cacheName,
          totalBytes: cameraAssets.modelBytes + cameraAssets.wasmBytes,
        });
      });
    },
    detect(frame: CameraFrame, timestampMs: number) {
      const id = nextId++;
      return new Promise<Detection>((resolve) => {
        pending.set(id, resolve);
        send(
          {
            type: 'detect',
            id,
            image: frame.image,
            width: frame.width,
            height: frame.height,
            timestampMs: Math.round(timestampMs),
          },
          [frame.image],
        );
      });
    },
    close() {
      worker.terminate();
      for (const resolve of pending.values()) resolve({ hands: [], brightness: null });
      pending.clear();
    },
  };
}

export const cameraDownloadBytes = cameraAssets.modelBytes + cameraAssets.wasmBytes;
