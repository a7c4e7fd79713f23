// Where the app is built: dist/, or the folder ACUPRESS_OUT names, so that parallel test runs and
// benchmarks each build into their own. Every tool that reads the build asks here.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The build folder, relative to the project (as Vite's build.outDir takes it). */
export function outDir(env = process.env) {
  return env.ACUPRESS_OUT || 'dist';
}

/** The build folder as an absolute path. */
export function outPath(env = process.env) {
  return resolve(root, outDir(env));
}

/** Where a browser test run writes its results and screenshots: beside its build folder. */
export function resultsDir(env = process.env) {
  return env.ACUPRESS_OUT ? `${env.ACUPRESS_OUT}-results` : 'test-results';
}
