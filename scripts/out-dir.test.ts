import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir, outPath, resultsDir } from './out-dir.mjs';

describe('the build folder', () => {
  it('is dist/ unless ACUPRESS_OUT names another, with test results beside it', () => {
    expect(outDir({})).toBe('dist');
    expect(resultsDir({})).toBe('test-results');
    expect(outDir({ ACUPRESS_OUT: 'out-h3' })).toBe('out-h3');
    expect(resultsDir({ ACUPRESS_OUT: 'out-h3' })).toBe('out-h3-results');
    expect(outPath({ ACUPRESS_OUT: 'out-h3' }).endsWith('/out-h3')).toBe(true);
    expect(isAbsolute(outPath({}))).toBe(true);
  });
});
