import type { SettingsStore } from '../shared/ports';

const prefix = 'acupress.';

/**
 * Settings in localStorage, as JSON under "acupress.*". A browser that refuses storage
 * (private mode, disabled cookies, a full quota) keeps the settings in memory for this visit.
 */
export function createLocalSettings(
  storage: Storage | undefined = safeLocalStorage(),
): SettingsStore {
  const memory = new Map<string, string>();
  const get = (key: string): string | null => {
    try {
      return storage?.getItem(prefix + key) ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  };
  return {
    read<T>(key: string): T | undefined {
      const raw = get(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    write<T>(key: string, value: T): void {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        storage?.setItem(prefix + key, raw);
      } catch {
        // Kept in memory: the caller's state is unaffected.
      }
    },
    remove(key: string): void {
      memory.delete(key);
      try {
        storage?.removeItem(prefix + key);
      } catch {
        // Nothing stored there.
      }
    },
    keys(): string[] {
      const found = new Set(memory.keys());
      try {
        for (let index = 0; index < (storage?.length ?? 0); index += 1) {
          const key = storage?.key(index);
          if (key?.startsWith(prefix)) found.add(key.slice(prefix.length));
        }
      } catch {
        // Memory keys only.
      }
      return [...found];
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
