// DOM types a worker file reaches only through another module's type declarations, declared
// opaque so that tsconfig.worker.json can check the workers without the DOM library.
// MediaStream: app/camera-ports.ts names it in CameraFeed, and hand-landmarker.worker.ts reads
// that file for DetectedHand and Detection. When those types move to a file of their own (the
// camera feature's core), this declaration goes.
interface MediaStream {
  readonly id: string;
}
