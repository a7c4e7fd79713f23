import type { TrackRenderer } from '../features/session/ports';
import {
  renderTrackFile,
  trackMimeTypes,
  withoutWords,
  type TrackFormat,
} from '../features/session/core/track';
import { adoptPartFile, removeStalePartFiles } from './track-disk';
import { trustedScriptUrl } from './trusted-types';
import type { TrackRenderMessage, TrackRenderReply } from './track-render.worker';
import workerUrl from './track-render.worker.ts?worker&url';

/**
 * Renders tracks, in `format`, in a dedicated worker, started ahead of the first Start so that its script is
 * loaded by then. Each part comes back as a Blob read from its file on the disk (track-disk.ts),
 * whose file goes when the Blob is no longer held. Where a worker cannot start, renders on the page instead (slower to start a
 * long session, but the same track).
 */
export function createTrackRenderer(preferred: TrackFormat): TrackRenderer {
  let format = preferred;
  const pending = new Map<number, { resolve(audio: Blob): void; reject(error: Error): void }>();
  let nextId = 0;
  let worker: Worker | null = null;
  let hasWords = true;
  try {
    worker = new Worker(trustedScriptUrl(workerUrl) as string, { name: 'track-render' });
    worker.addEventListener('message', (event: MessageEvent<TrackRenderReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('audio' in reply) {
        hasWords = !reply.withoutWords;
        if (reply.file) adoptPartFile(reply.audio, reply.file);
        waiting?.resolve(reply.audio);
      } else waiting?.reject(new Error(reply.error));
    });
    worker.addEventListener('error', () => {
      worker = null;
      for (const waiting of pending.values()) waiting.reject(new Error('track worker failed'));
      pending.clear();
    });
  } catch {
    worker = null;
  }
  // Parts a page closed mid-session left on the disk, removed once the screen has settled.
  if (worker) setTimeout(() => void removeStalePartFiles(Date.now()).catch(() => {}), 5_000);
  return {
    hasWords: () => hasWords,
    useFallbackFormat() {
      if (format === 'wav') return false;
      format = 'wav';
      return true;
    },
    render(request) {
      const active = worker;
      if (!active) {
        const bank = request.voice
          ? fetch(`/${request.voice.file}`).then(async (response) => {
              if (!response.ok) throw new Error(`voice bank: ${response.status}`);
              return new Uint8Array(await response.arrayBuffer());
            })
          : Promise.resolve(undefined);
        const type = trackMimeTypes[format];
        return bank.then(
          (voiceBank) => {
            hasWords = true;
            return new Blob([renderTrackFile(request, format, voiceBank)], { type });
          },
          () => {
            hasWords = !request.voice;
            return new Blob([renderTrackFile(withoutWords(request), format)], { type });
          },
        );
      }
      const id = (nextId += 1);
      return new Promise<Blob>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        active.postMessage({ id, request, format } satisfies TrackRenderMessage);
      });
    },
  };
}
