import type { SessionLock } from '../features/session/ports';

/**
 * One session at a time across tabs, with the Web Locks API: the lock is held for as long as
 * the session runs. Browsers without Web Locks fall back to a BroadcastChannel question.
 */
const lockName = 'acupress-session';

export function createSessionLock(nav: Navigator = navigator): SessionLock {
  let releaseLock: (() => void) | null = null;
  let channel: BroadcastChannel | null = null;

  return {
    async acquire() {
      if (releaseLock) return true;
      if (nav.locks) {
        return new Promise<boolean>((resolve) => {
          void nav.locks.request(lockName, { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            resolve(true);
            return new Promise<void>((release) => (releaseLock = release));
          });
        });
      }
      return acquireByChannel();
    },
    async isHeldElsewhere() {
      if (releaseLock) return false;
      if (nav.locks) {
        const state = await nav.locks.query();
        return (state.held ?? []).some((lock) => lock.name === lockName);
      }
      return false;
    },
    release() {
      releaseLock?.();
      releaseLock = null;
      channel?.close();
      channel = null;
    },
  };

  async function acquireByChannel(): Promise<boolean> {
    if (typeof BroadcastChannel !== 'function') return true;
    const probe = new BroadcastChannel(lockName);
    const taken = await new Promise<boolean>((resolve) => {
      probe.onmessage = (event) => event.data === 'running' && resolve(true);
      probe.postMessage('anyone-running');
      setTimeout(() => resolve(false), 300);
    });
    probe.close();
    if (taken) return false;
    channel = new BroadcastChannel(lockName);
    channel.onmessage = (event) => {
      if (event.data === 'anyone-running') channel?.postMessage('running');
    };
    releaseLock = () => {};
    return true;
  }
}
