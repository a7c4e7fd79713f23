import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the module each time: as on the first screen, before any lazy screen loads.
const freshI18n = async () => {
  vi.resetModules();
  return import('./i18n');
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('messages on the first screen and after', () => {
  it('has the first screen’s messages before anything else loads', async () => {
    const { t } = await freshI18n();
    expect(t('home.start')).toBe('Start a session');
  });

  it('shows a message that is not loaded yet as its key, and says so in the console', async () => {
    const { t } = await freshI18n();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(t('session.pause')).toBe('session.pause');
    expect(errors).toHaveBeenCalledWith('Message "session.pause" is not loaded yet');
  });

  it('has every message once loadMessages() has run, and loads them only once', async () => {
    const { loadMessages, t } = await freshI18n();
    const first = loadMessages();
    expect(loadMessages()).toBe(first);
    await first;
    expect(t('session.pause')).toBe('Pause');
  });
});
