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

scope.addEventListener('message', (event: MessageEvent<TrackRenderMessage>) => {
  const { id, request, format } = event.data;
  try {
    const audio = new Blob([renderTrackFile(request, format)], { type: trackMimeTypes[format] });
    scope.postMessage({ id, audio } satisfies TrackRenderReply);
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies TrackRenderReply);
  }
});
