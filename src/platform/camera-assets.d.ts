/** Written by build/camera-assets.mjs: where the camera mode's model and WASM are served. */
declare module 'virtual:camera-assets' {
  export const cameraAssets: {
    readonly modelUrl: string;
    readonly modelBytes: number;
    readonly wasmUrl: string;
    readonly wasmBytes: number;
    readonly cacheName: string;
  };
}

/** tasks-vision's WebAssembly loader as an ES module (sets globalThis.ModuleFactory too). */
declare module '@mediapipe/tasks-vision/vision_wasm_module_internal.js' {
  const ModuleFactory: (module?: object) => Promise<unknown>;
  export default ModuleFactory;
}
