import { describe, expect, it } from 'vitest';
import { createStoragePersistence } from './storage-persistence';

/** A StorageManager with only what the adapter uses. */
const manager = (calls: string[], answer: () => Promise<boolean>) =>
  ({
    persist: () => {
      calls.push('persist');
      return answer();
    },
    persisted: () => {
      calls.push('persisted');
      return answer();
    },
  }) as unknown as StorageManager;

describe('storage persistence', () => {
  it("passes the browser's answers on", async () => {
    const calls: string[] = [];
    const persistence = createStoragePersistence(manager(calls, async () => true));
    expect(await persistence.persist()).toBe(true);
    expect(await persistence.isPersisted()).toBe(true);
    expect(calls).toEqual(['persist', 'persisted']);
  });

  it('says nothing where the browser has no such API, or it fails', async () => {
    expect(await createStoragePersistence(undefined).persist()).toBeUndefined();
    expect(await createStoragePersistence({} as StorageManager).isPersisted()).toBeUndefined();
    const failing = createStoragePersistence(
      manager([], () => Promise.reject(new DOMException('no', 'InvalidStateError'))),
    );
    expect(await failing.persist()).toBeUndefined();
  });
});
