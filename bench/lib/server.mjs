// The benchmarks' server lives in scripts/server.mjs; this name stays for bench/timing.mjs.
export { freePort, startServer } from '../../scripts/server.mjs';
