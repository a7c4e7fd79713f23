/// <reference lib="webworker" />
// A steady tick for the session. Timers in a dedicated worker are not throttled when the page is
// hidden, unlike page timers (seen: 1 s, then 1 min, in a hidden Chromium tab).
let timer: ReturnType<typeof setInterval> | undefined;

self.addEventListener('message', (event: MessageEvent<{ intervalMs: number } | 'stop'>) => {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  if (event.data !== 'stop') {
    timer = setInterval(() => self.postMessage(0), event.data.intervalMs);
  }
});
