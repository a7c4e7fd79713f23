/// <reference lib="webworker" />
// Renders the session's track (core/track.ts) off the main thread: a 30-minute session is 40 MB
// of samples (2 MB once written as FLAC). The file goes back as a Blob, which crosses to the page
// as a handle, not a copy.
import {
  renderTrackFile,
  trackMimeTypes,
  type TrackFormat,
  type TrackRequest,
} from '../features/session/core/track';

export interface TrackRenderMessage {
  readonly id: number;
  readonly request: TrackRequest;
  readonly format: TrackFormat;
}

export type TrackRenderReply =
  { readonly id: number; readonly audio: Blob } | { readonly id: number; readonly error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Each language's voice bank, fetched once from our own origin (the service worker caches it). */
const banks = new Map<string, Promise<Uint8Array>>();
function voiceBank(file: string): Promise<Uint8Array> {
  let bank = banks.get(file);
  if (!bank) {
    bank = fetch(new URL(`/${file}`, scope.location.origin)).then(async (response) => {
      if (!response.ok) throw new Error(`voice bank ${file}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    // A failed fetch (offline before it was cached) is tried again with the next track.
    bank.catch(() => banks.delete(file));
    banks.set(file, bank);
  }
  return bank;
}

scope.addEventListener('message', (event: MessageEvent<TrackRenderMessage>) => {
  const { id, request, format } = event.data;
  const bank = request.voice ? voiceBank(request.voice.file) : Promise.resolve(undefined);
  bank
    .then((voiceBank) => {
      const file = renderTrackFile(request, format, voiceBank);
      scope.postMessage({
        id,
        audio: new Blob([file], { type: trackMimeTypes[format] }),
      } satisfies TrackRenderReply);
    })
    .catch((error: unknown) => {
      scope.postMessage({ id, error: String(error) } satisfies TrackRenderReply);
    });
});
