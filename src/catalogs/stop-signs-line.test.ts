import { describe, expect, it } from 'vitest';
import { stopSigns } from '../features/safety';
import { en } from './en';
import { es } from './es';
import { zhHans } from './zh-hans';

describe('the stop signs in one line', () => {
  it.each([
    ['en', en],
    ['es', es],
    ['zh-Hans', zhHans],
  ] as const)('names each of the safety list’s stop signs in its words (%s)', (_, catalog) => {
    expect(stopSigns).toHaveLength(4);
    for (const id of stopSigns) {
      expect(catalog['stopSigns.line']).toContain(catalog[`safety.stop.${id}`]);
    }
  });
});
