/// <reference lib="webworker" />
// Renders the session's track (core/track.ts) off the main thread: a 30-minute session is 40 MB
// of samples. The file goes back as a Blob, which crosses to the page as a handle, not a copy.
import { renderTrackWav, type TrackRequest } from '../features/session/core/track';

export interface TrackRenderMessage {
  readonly id: number;
  readonly request: TrackRequest;
}

export type TrackRenderReply =
  { readonly id: number; readonly audio: Blob } | { readonly id: number; readonly error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<TrackRenderMessage>) => {
  const { id, request } = event.data;
  try {
    const audio = new Blob([renderTrackWav(request)], { type: 'audio/wav' });
    scope.postMessage({ id, audio } satisfies TrackRenderReply);
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies TrackRenderReply);
  }
});
