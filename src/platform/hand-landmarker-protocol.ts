import type { Detection, DownloadProgress } from '../features/camera/ports';

/** Messages between src/platform/hand-landmarker.ts and its worker. */
export type ToWorker =
  | {
      readonly type: 'load';
      readonly modelUrl: string;
      readonly wasmUrl: string;
      readonly cacheName: string;
      readonly totalBytes: number;
    }
  | {
      readonly type: 'detect';
      readonly id: number;
      readonly image: ImageBitmap;
      readonly width: number;
      readonly height: number;
      readonly timestampMs: number;
      readonly maxHands: 1 | 2;
    };

export type FromWorker =
  | { readonly type: 'progress'; readonly progress: DownloadProgress }
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly detection: Detection };
