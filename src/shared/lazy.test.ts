import { describe, expect, it } from 'vitest';
import { lazy } from './lazy';

describe('a lazy value', () => {
  it('is built once, on first use, and shared by every caller', async () => {
    let builds = 0;
    const value = lazy(async () => ({ id: (builds += 1) }));
    expect(builds).toBe(0);
    expect(value.current).toBeUndefined();
    const [first, second] = await Promise.all([value.load(), value.load()]);
    expect(first).toBe(second);
    expect(value.current).toBe(first);
    expect(await value.load()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps the failure until it is asked again, then tries again', async () => {
    let isOffline = true;
    const value = lazy(async () => {
      if (isOffline) throw new Error('offline');
      return 'ready';
    });
    await expect(value.load()).rejects.toThrow('offline');
    expect(value.error).toBeInstanceOf(Error);
    expect(value.current).toBeUndefined();
    isOffline = false;
    const retry = value.load();
    expect(value.error).toBeUndefined();
    expect(await retry).toBe('ready');
  });
});
