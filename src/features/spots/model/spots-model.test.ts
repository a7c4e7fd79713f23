import { describe, expect, it } from 'vitest';
import { createFakeJournalStore, makeSpotMark } from '../../../../test/journal-fakes';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import { createSpotsModel } from './spots-model';

function setUp() {
  const store = createFakeJournalStore();
  let id = 0;
  const model = createSpotsModel({
    loadStore: async () => store,
    now: () => 1000 + id,
    newId: () => `m${(id += 1)}`,
  });
  return { store, model };
}

describe('the spots model', () => {
  it('saves a shown spot inside the zone and makes it "your spot"', async () => {
    const { store, model } = setUp();
    await model.load();
    expect(await model.answer('EX-UE8', 'right', { kind: 'place', spot: { u: 1.4, v: 0 } })).toBe(
      'tapped',
    );
    expect(store.spotRows.get('m1')).toMatchObject({ u: 1, v: 0, outcome: 'tapped' });
    expect(model.estimate('EX-UE8', 'right')).toMatchObject({
      spot: { u: 1, v: 0 },
      source: 'own',
    });
    expect(model.estimate('EX-UE8', 'left')).toMatchObject({
      spot: { u: -1, v: 0 },
      source: 'mirror',
    });
  });

  it('does not take a spot far from the zone, and keeps the answer without a place', async () => {
    const { store, model } = setUp();
    expect(await model.answer('SI3', 'left', { kind: 'place', spot: { u: 3, v: 0 } })).toBe(
      'elsewhere',
    );
    expect(store.spotRows.get('m1')).toEqual({
      id: 'm1',
      pointId: 'SI3',
      side: 'left',
      atEpochMs: 1001,
      outcome: 'elsewhere',
    });
    expect(model.estimate('SI3', 'left')).toBeUndefined();
  });

  it('forgets one point and side, and reads the store again on load', async () => {
    const { store, model } = setUp();
    await model.answer('LI4', 'right', { kind: 'as-shown' });
    await model.answer('LI4', 'left', { kind: 'place', spot: { u: 0.5, v: 0 } });
    await model.forget('LI4', 'left');
    expect(model.estimate('LI4', 'left')?.source).toBe('mirror');
    expect([...store.spotRows.keys()]).toEqual(['m1']);
    store.spotRows.clear();
    await model.load();
    expect(model.marks.value).toEqual([]);
  });
});

describe('the spots model after delete all', () => {
  it('forgets its marks without reading the store, and reads them again when asked', async () => {
    const { store, model } = setUp();
    await model.answer('GB21', 'left', { kind: 'as-shown' });
    let reads = 0;
    const read = store.spotMarks;
    store.spotMarks = async () => {
      reads += 1;
      return read();
    };
    model.unload();
    expect([model.isLoaded.value, model.marks.value, reads]).toEqual([false, [], 0]);
    model.ensureLoaded();
    model.ensureLoaded();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toBe(1);
    expect(model.estimate('GB21', 'left')?.source).toBe('own');
  });

  it('saves nothing past the most marks the journal can export and import again', async () => {
    const { store, model } = setUp();
    for (let i = 0; i < maxSpotMarks; i += 1) {
      const mark = makeSpotMark({ id: `old-${i}`, atEpochMs: i });
      store.spotRows.set(mark.id, mark);
    }
    // Even before a screen has loaded the marks.
    expect(await model.answer('LI4', 'left', { kind: 'as-shown' })).toBe('full');
    expect(store.spotRows.size).toBe(maxSpotMarks);
    await model.forget('EX-UE8', 'right');
    expect(await model.answer('LI4', 'left', { kind: 'as-shown' })).toBe('as-shown');
  });
});
