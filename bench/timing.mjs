// npm run bench:timing — a 15-minute session in real Chromium with its page hidden for 10
// minutes. Prints how far each tone's audio time is from its planned time (visible, hidden),
// how far a plain setInterval tick counter drifts over the same hidden period, the delay from
// Start to the first cue, and the screen's per-frame work during a hold.
// Options: BENCH_HIDDEN_MS, BENCH_VISIBLE_MS, BENCH_HOLD_S to run shorter.
import { runHiddenSession } from './lib/hidden-session.mjs';
import { startServer } from './lib/server.mjs';

const server = await startServer(Number(process.env.BENCH_PORT ?? 0));
try {
  const hiddenMs = Number(process.env.BENCH_HIDDEN_MS ?? 600_000);
  const visibleMs = Number(process.env.BENCH_VISIBLE_MS ?? 240_000);
  const result = await runHiddenSession({
    baseUrl: server.url,
    holdSeconds: Number(process.env.BENCH_HOLD_S ?? 105),
    visibleMs,
    hiddenMs,
    afterMs: Number(process.env.BENCH_AFTER_MS ?? 60_000),
    log: (line) => console.log(`# ${line}`),
  });
  console.log(`# session page while hidden: ${result.hiddenState}; audio: ${result.audioState}`);
  console.log(`# clock pairs read: ${result.stampCount}`);
  console.log(
    `# tones: ${result.toneCount} (${result.visibleToneCount} visible, ${result.hiddenToneCount} hidden)`,
  );
  console.log(`cue-max-error-ms-visible: ${result.cueMaxErrorMsVisible.toFixed(2)}`);
  console.log(`cue-max-error-ms-hidden: ${result.cueMaxErrorMsHidden.toFixed(2)}`);
  console.log(`peer-tick-timer-drift-ms-hidden: ${Math.round(result.peerTickTimerDriftMsHidden)}`);
  console.log(`start-to-first-cue-ms: ${result.startToFirstCueMs.toFixed(1)}`);
  console.log(`frame-main-thread-ms-p95: ${result.frameScriptMsP95.toFixed(2)}`);
  console.log(`frame-main-thread-ms-mean-all-tasks: ${result.frameMainThreadMsMean.toFixed(2)}`);
  console.log(`# frames sampled: ${result.frameCount}`);
  console.log(
    `# worst visible tone: ${result.worstVisible}; worst hidden tone: ${result.worstHidden}`,
  );
} finally {
  server.stop();
}
