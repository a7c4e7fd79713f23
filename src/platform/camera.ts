import {
  CameraError,
  type Camera,
  type CameraFeed,
  type CameraFrame,
} from '../features/camera/ports';

/** getUserMedia's error names, as the camera mode explains them. */
function problemOf(error: unknown): CameraError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return new CameraError('denied');
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  )
    return new CameraError('no-camera');
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError')
    return new CameraError('in-use');
  return new CameraError('failed', String(error));
}

/**
 * The front camera through getUserMedia. Frames are read from a video element that is never
 * shown (the screen shows its own), as ImageBitmaps handed to the hand model and closed there.
 */
export function createCamera(): Camera {
  return {
    async open(): Promise<CameraFeed> {
      if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } },
        });
      } catch (error) {
        throw problemOf(error);
      }
      const video = document.createElement('video');
      video.muted = true;
      video.playsInline = true;
      video.srcObject = stream;
      try {
        await video.play();
      } catch (error) {
        stream.getTracks().forEach((track) => track.stop());
        throw problemOf(error);
      }
      let lastTime = -1;
      return {
        stream,
        async grab(): Promise<CameraFrame | null> {
          const width = video.videoWidth;
          const height = video.videoHeight;
          // Only new frames: the same picture twice tells the model nothing.
          if (!width || !height || video.currentTime === lastTime) return null;
          lastTime = video.currentTime;
          const image = await createImageBitmap(video);
          return { image, width, height };
        },
        stop(): void {
          stream.getTracks().forEach((track) => track.stop());
          video.pause();
          video.srcObject = null;
        },
      };
    },
  };
}
