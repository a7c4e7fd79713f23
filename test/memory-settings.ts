import type { SettingsStore } from '../src/shared/ports';

/** A settings store in memory, for unit tests. */
export function createMemorySettings(initial: Record<string, unknown> = {}): SettingsStore {
  const values = new Map<string, string>(
    Object.entries(initial).map(([key, value]) => [key, JSON.stringify(value)]),
  );
  return {
    read: <T>(key: string) => {
      const raw = values.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    write: (key, value) => void values.set(key, JSON.stringify(value)),
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}
