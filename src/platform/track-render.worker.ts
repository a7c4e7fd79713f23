/// <reference lib="webworker" />
// Renders the session's track (core/track.ts) off the main thread: a 30-minute session is 40 MB
// of samples (2 MB once written as FLAC). The file goes back as a Blob, which crosses to the page
// as a handle, not a copy. With Voice on, the words come from the language's voice bank, fetched
// once from our own origin (the service worker keeps it for offline use).
import {
  renderTrackFile,
  trackMimeTypes,
  withoutWords,
  type TrackFormat,
  type TrackRequest,
} from '../features/session/core/track';

export interface TrackRenderMessage {
  readonly id: number;
  readonly request: TrackRequest;
  readonly format: TrackFormat;
}

export type TrackRenderReply =
  | {
      readonly id: number;
      readonly audio: Blob;
      /** The request had words, but its voice bank could not be loaded: rendered without. */
      readonly withoutWords?: true;
    }
  | { readonly id: number; readonly error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Each language's voice bank, fetched once. */
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
  const type = trackMimeTypes[format];
  const bank = request.voice ? voiceBank(request.voice.file) : Promise.resolve(undefined);
  bank
    .then(
      (voiceBank) => {
        const audio = new Blob([renderTrackFile(request, format, voiceBank)], { type });
        scope.postMessage({ id, audio } satisfies TrackRenderReply);
      },
      // Offline before the bank was ever cached: the cues still sound, as tones.
      () => {
        const audio = new Blob([renderTrackFile(withoutWords(request), format)], { type });
        scope.postMessage({ id, audio, withoutWords: true } satisfies TrackRenderReply);
      },
    )
    .catch((error: unknown) => {
      scope.postMessage({ id, error: String(error) } satisfies TrackRenderReply);
    });
});
