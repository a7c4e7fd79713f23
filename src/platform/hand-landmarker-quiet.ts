// MediaPipe logs its start-up chatter (glog lines such as "W1125 … gl_context.cc", and
// "INFO: Created TensorFlow Lite XNNPACK delegate" through console.error). This module is
// imported first by the worker, before MediaPipe binds the console, so that only real errors
// reach it.
const chatter = /^(INFO:|[IWE]\d{4} |Graph successfully|OpenGL error checking)/;
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && chatter.test(args[0])) return;
    original(...args);
  };
}
export {};
