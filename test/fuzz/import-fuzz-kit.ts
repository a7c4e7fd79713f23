import fc from 'fast-check';
import { expect } from 'vitest';
import { validateImport, type ImportProblem } from '../../src/domain/records/import-file';
import { describeImportProblem } from '../../src/features/journal/ui/import-problem';
import { createJournal } from '../../src/features/journal/model/journal';
import type { JournalPlatform } from '../../src/features/journal/ports';
import type { JournalStore } from '../../src/domain/records/store';
import { exportToJson } from '../../src/domain/records/export-file';
import type { JournalEntry } from '../../src/domain/records/session-entry';
import { entryArb, ratingArb, spotMarkArb, trialArb, turnArb } from '../journal-fakes';
import { createMemorySettings } from '../memory-settings';

/**
 * Generators of import files for the fuzz tests: random text and JSON, and near-valid exports
 * of this app with one or more mutations (a field removed, retyped or out of range, an unknown
 * or forbidden key, a duplicate id, a cut-short file).
 */

const now = Date.UTC(2026, 10, 25);

/** A file a person could not tell apart from a real export (before mutation). */
export const validExportArb = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 6 }),
    // Issue 18: quick ratings and trials beside the sessions.
    ratings: fc.uniqueArray(ratingArb, { selector: (rating) => rating.id, maxLength: 4 }),
    trials: fc.uniqueArray(trialArb, { selector: (trial) => trial.id, maxLength: 2 }),
    // Issue 17: spot marks.
    spots: fc.uniqueArray(spotMarkArb, { selector: (mark) => mark.id, maxLength: 4 }),
    // Issue 29: turn results.
    turns: fc.uniqueArray(turnArb, { selector: (turn) => turn.id, maxLength: 4 }),
  })
  .map(({ entries, ratings, trials, spots, turns }) => ({
    entries,
    text: exportToJson(entries, now, { ratings, trials, spots, turns }),
  }));

const entryFields = [
  'id',
  'startedAtEpochMs',
  'endedAtEpochMs',
  'activeMs',
  'painSide',
  'holdMs',
  'isPregnancyMode',
  'steps',
  'completed',
  'before',
  'after',
  'tenderPoints',
  'rightPoints',
  'note',
] as const;
const fileFields = [
  'format',
  'schemaVersion',
  'exportedAt',
  'entries',
  'ratings',
  'trials',
  'spots',
  'turns',
] as const;
// Issue 29.
const turnFields = ['id', 'atEpochMs', 'dayKey', 'left', 'right', 'sessionId', 'moment'] as const;
// Issue 17.
const spotFields = ['id', 'pointId', 'side', 'atEpochMs', 'outcome', 'u', 'v'] as const;
// Issue 18.
const ratingFields = [
  'id',
  'atEpochMs',
  'dayKey',
  'pain0to10',
  'stiffness0to10',
  'note',
  'hasWarningSign',
] as const;
const trialFields = [
  'id',
  'seed',
  'startDayKey',
  'days',
  'ratingMinutes',
  'startedAtEpochMs',
  'endedAtEpochMs',
  'end',
  'stopReasons',
] as const;
const forbidden = ['__proto__', 'constructor', 'prototype'] as const;

/** Values that are wrong in interesting ways for almost any field. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    11,
    2.5,
    1e308,
    -0,
    '',
    '5',
    'NaN',
    true,
    [],
    {},
    Date.UTC(1999, 0, 1),
    Date.UTC(2101, 0, 1),
    'x'.repeat(2001),
    '<img src=x onerror=alert(1)>',
    '2026-13-45T99:99:99Z',
    'left; DROP TABLE',
    'GB99',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The file's entries array, when an earlier mutation left one. */
function entriesOf(file: Json): unknown[] | undefined {
  return Array.isArray(file.entries) ? file.entries : undefined;
}

/** Entry `index` of the file, when an earlier mutation left it an object. */
function entryAt(file: Json, index: number): Json | undefined {
  const entry = entriesOf(file)?.[index];
  return isRecord(entry) ? entry : undefined;
}

/** Record `index` of one of the file's lists (issue 18's ratings and trials), when an object. */
function recordAt(
  file: Json,
  list: 'ratings' | 'trials' | 'spots' | 'turns',
  index: number,
): Json | undefined {
  const items = file[list];
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  return isRecord(item) ? item : undefined;
}

const recordMutationArb = fc.oneof(
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...ratingFields), value: oddValue })
    .map(({ index, field, value }) => ({
      name: `rating.${field}=odd`,
      apply: (file: Json) => {
        const rating = recordAt(file, 'ratings', index);
        if (rating) rating[field] = value;
      },
    })),
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...ratingFields) })
    .map(({ index, field }) => ({
      name: `rating.${field} removed`,
      apply: (file: Json) => {
        const rating = recordAt(file, 'ratings', index);
        if (rating) delete rating[field];
      },
    })),
  fc
    .record({ index: fc.nat(1), field: fc.constantFrom(...trialFields), value: oddValue })
    .map(({ index, field, value }) => ({
      name: `trial.${field}=odd`,
      apply: (file: Json) => {
        const trial = recordAt(file, 'trials', index);
        if (trial) trial[field] = value;
      },
    })),
  fc
    .record({ index: fc.nat(1), day: fc.nat(27), value: oddValue })
    .map(({ index, day, value }) => ({
      name: 'trial.days[i]=odd',
      apply: (file: Json) => {
        const days = recordAt(file, 'trials', index)?.days;
        if (Array.isArray(days)) days[day] = value;
      },
    })),
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...spotFields), value: oddValue })
    .map(({ index, field, value }) => ({
      name: `spot.${field}=odd`,
      apply: (file: Json) => {
        const mark = recordAt(file, 'spots', index);
        if (mark) mark[field] = value;
      },
    })),
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...spotFields) })
    .map(({ index, field }) => ({
      name: `spot.${field} removed`,
      apply: (file: Json) => {
        const mark = recordAt(file, 'spots', index);
        if (mark) delete mark[field];
      },
    })),
  fc
    .record({
      index: fc.nat(3),
      u: fc.double({ min: -3, max: 3 }),
      v: fc.double({ min: -3, max: 3 }),
    })
    .map(({ index, u, v }) => ({
      name: 'spot place moved',
      apply: (file: Json) => {
        const mark = recordAt(file, 'spots', index);
        if (mark) Object.assign(mark, { u, v });
      },
    })),
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...turnFields), value: oddValue })
    .map(({ index, field, value }) => ({
      name: `turn.${field}=odd`,
      apply: (file: Json) => {
        const turn = recordAt(file, 'turns', index);
        if (turn) turn[field] = value;
      },
    })),
  fc
    .record({ index: fc.nat(3), field: fc.constantFrom(...turnFields) })
    .map(({ index, field }) => ({
      name: `turn.${field} removed`,
      apply: (file: Json) => {
        const turn = recordAt(file, 'turns', index);
        if (turn) delete turn[field];
      },
    })),
  fc.constantFrom('ratings', 'trials', 'spots', 'turns' as const).map((list) => ({
    name: `duplicate ${list} id`,
    apply: (file: Json) => {
      const items = file[list];
      if (Array.isArray(items) && items.length > 0) items.push({ ...(items[0] as Json) });
    },
  })),
);

/** One change to a parsed export, described for the test's log. */
const mutationArb: fc.Arbitrary<{ name: string; apply: (file: Json) => void }> = fc.oneof(
  recordMutationArb,
  fc.record({ field: fc.constantFrom(...fileFields), value: oddValue }).map(({ field, value }) => ({
    name: `file.${field}=odd`,
    apply: (file: Json) => void (file[field] = value),
  })),
  fc.constantFrom(...fileFields).map((field) => ({
    name: `file.${field} removed`,
    apply: (file: Json) => void delete file[field],
  })),
  fc
    .record({ index: fc.nat(5), field: fc.constantFrom(...entryFields), value: oddValue })
    .map(({ index, field, value }) => ({
      name: `entry.${field}=odd`,
      apply: (file: Json) => {
        const entry = entryAt(file, index);
        if (entry) entry[field] = value;
      },
    })),
  fc
    .record({ index: fc.nat(5), field: fc.constantFrom(...entryFields) })
    .map(({ index, field }) => ({
      name: `entry.${field} removed`,
      apply: (file: Json) => {
        const entry = entryAt(file, index);
        if (entry) delete entry[field];
      },
    })),
  fc
    .record({ index: fc.nat(5), key: fc.string({ minLength: 1, maxLength: 8 }), value: oddValue })
    .map(({ index, key, value }) => ({
      name: 'entry unknown key',
      apply: (file: Json) => {
        const entry = entryAt(file, index);
        if (entry) Object.defineProperty(entry, key, { value, enumerable: true, writable: true });
      },
    })),
  fc
    .record({
      index: fc.nat(5),
      reading: fc.constantFrom('before', 'after'),
      field: fc.constantFrom('pain0to10', 'stiffness0to10', 'mood'),
      value: oddValue,
    })
    .map(({ index, reading, field, value }) => ({
      name: `entry.${reading}.${field}=odd`,
      apply: (file: Json) => {
        const entry = entryAt(file, index);
        if (entry)
          entry[reading] = { ...(isRecord(entry[reading]) ? entry[reading] : {}), [field]: value };
      },
    })),
  fc
    .record({ index: fc.nat(5), step: fc.nat(3), value: oddValue })
    .map(({ index, step, value }) => ({
      name: 'entry.steps[i]=odd',
      apply: (file: Json) => {
        const steps = entryAt(file, index)?.steps;
        if (Array.isArray(steps)) steps[step] = value;
      },
    })),
  fc.nat(5).map((index) => ({
    name: 'duplicate id',
    apply: (file: Json) => {
      const entries = entriesOf(file);
      const entry = entries && entryAt(file, index % Math.max(entries.length, 1));
      if (entries && entry) entries.push({ ...entry });
    },
  })),
  fc.nat(5).map((index) => ({
    name: 'ends before it starts',
    apply: (file: Json) => {
      const entry = entryAt(file, index);
      if (entry) entry.endedAtEpochMs = Number(entry.startedAtEpochMs) - 1;
    },
  })),
);

/** A raw-text change: a forbidden key spliced in (JSON.parse makes it an own property). */
const forbiddenSpliceArb = fc
  .record({ key: fc.constantFrom(...forbidden), at: fc.constantFrom('file', 'entry', 'reading') })
  .map(({ key, at }) => ({
    name: `forbidden ${key} in ${at}`,
    apply: (text: string) => {
      const payload = `"${key}":{"polluted":"yes","toString":1},`;
      if (at === 'file') return `{${payload}${text.slice(1)}`;
      if (at === 'entry') return text.replace('{"id"', `{${payload}"id"`);
      return text.replace('"before":{', `"before":{${payload}`);
    },
  }));

export interface FuzzCase {
  readonly kind: string;
  readonly text: string;
}

/** Near-valid files: a real export with 1–3 mutations, a forbidden key, or cut short. */
export const nearValidArb: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        file: validExportArb,
        mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
      })
      .map(({ file, mutations }) => {
        const parsed = JSON.parse(file.text) as Json;
        for (const mutation of mutations) mutation.apply(parsed);
        return { kind: mutations.map((m) => m.name).join(' + '), text: JSON.stringify(parsed) };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ file: validExportArb, splice: forbiddenSpliceArb })
      .map(({ file, splice }) => ({
        kind: splice.name,
        text: splice.apply(file.text),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ file: validExportArb, cut: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ file, cut }) => ({
        kind: 'cut short',
        text: file.text.slice(0, Math.floor(file.text.length * cut)),
      })),
  },
  { weight: 2, arbitrary: validExportArb.map((file) => ({ kind: 'valid', text: file.text })) },
);

/** Anything at all: random text, random JSON, JSON with our format tag and random content. */
export const randomArb: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc.string({ maxLength: 200 }).map((text) => ({ kind: 'random text', text })),
  fc.string({ maxLength: 200, unit: 'binary' }).map((text) => ({ kind: 'random unicode', text })),
  fc.json({ maxDepth: 4 }).map((text) => ({ kind: 'random JSON', text })),
  fc
    .record({
      format: fc.constant('acupress-journal'),
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2026-11-25T00:00:00.000Z'), fc.jsonValue()),
      entries: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.jsonValue()),
    })
    .map((file) => ({ kind: 'our tag, random body', text: JSON.stringify(file) })),
  fc
    .dictionary(fc.constantFrom(...forbidden, 'a', 'entries'), fc.jsonValue({ maxDepth: 2 }))
    .map((value) => ({
      kind: 'forbidden keys, random JSON',
      text: JSON.stringify(value),
    })),
);

/** Stored journals to import into: empty, or with entries (some ids may collide with the file). */
export const storedArb: fc.Arbitrary<JournalEntry[]> = fc.uniqueArray(entryArb, {
  selector: (entry) => entry.id,
  maxLength: 4,
});

/** Own property names of Object.prototype and friends, to catch prototype pollution. */
export function prototypeSnapshot(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify({
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    polluted: probe.polluted ?? null,
    toStringIsNative: String(Object.prototype.toString).includes('[native code]'),
  });
}

/** Counts of what a fuzz run tried and how each case ended, printed at the end of a test. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }
  print(title: string): void {
    const total = [...this.counts.values()].reduce((sum, count) => sum + count, 0);
    const lines = [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([label, count]) => `  ${label}: ${count}`);
    console.log(`${title} (${total} cases)\n${lines.join('\n')}`);
  }
}

const placeholder = /\{[A-Za-z]+\}/;

export async function rowsOf(store: JournalStore): Promise<string> {
  return JSON.stringify({ sessions: await store.all(), extras: await store.extras() });
}

/**
 * The message less what it quotes from the file: a field name or value there may itself look
 * like "{A}" (and hold quotes of its own), and only our own words can leave a placeholder.
 */
export function ownWordsOf(message: string, problem: ImportProblem): string {
  const fromFile = [problem.field, ...Object.values(problem.params ?? {})].filter(
    (text): text is string => typeof text === 'string' && text.length > 0,
  );
  let own = message;
  for (const text of fromFile) own = own.split(text).join('');
  return own.replace(/"[^"]*"/g, '""');
}

/** Imports one file into a journal over `platform`; checks the all-or-nothing contract. */
export async function importOnce(
  fuzz: FuzzCase,
  platform: JournalPlatform,
  stored: readonly JournalEntry[],
  tally: Tally,
): Promise<void> {
  const journal = createJournal({
    settings: createMemorySettings(),
    loadPlatform: async () => platform,
  });
  await journal.load();
  const before = await rowsOf(platform.store);
  const prototypes = prototypeSnapshot();

  const result = validateImport(fuzz.text);
  if (!result.ok) {
    const message = describeImportProblem(result.problem);
    expect(message.length, `a message for ${fuzz.kind}`).toBeGreaterThan(10);
    const ownWords = ownWordsOf(message, result.problem);
    expect(ownWords, `no unfilled placeholder for ${fuzz.kind}`).not.toMatch(placeholder);
    expect(await rowsOf(platform.store), `no change after refusing ${fuzz.kind}`).toBe(before);
    tally.add(`refused ${result.problem.code}`);
  } else {
    // Accepted whole: the validated data is exactly what the file held.
    const fileEntries = (JSON.parse(fuzz.text) as { entries: unknown[] }).entries;
    expect(result.data.entries).toEqual(fileEntries);
    const storedExtras = await platform.store.extras();
    const { run } = await journal.importFile(new Blob([fuzz.text]), Date.UTC(2026, 11, 7));
    expect(run.kind, `import of ${fuzz.kind} written`).toBe('done');
    // Issue 18: ratings and trials are taken whole too; stored ones with the same id are kept.
    const file = JSON.parse(fuzz.text) as Json;
    const extrasAfter = await platform.store.extras();
    for (const list of ['ratings', 'trials', 'spots', 'turns'] as const) {
      const fromFile = (Array.isArray(file[list]) ? file[list] : []) as { id: string }[];
      expect(result.data[list]).toEqual(fromFile);
      const byId = new Map<string, unknown>(extrasAfter[list].map((item) => [item.id, item]));
      for (const item of storedExtras[list]) expect(byId.get(item.id)).toEqual(item);
      const storedIds = new Set(storedExtras[list].map((item) => item.id));
      for (const item of fromFile)
        if (!storedIds.has(item.id)) expect(byId.get(item.id)).toEqual(item);
    }
    const storedIds = new Set(stored.map((entry) => entry.id));
    const fresh = result.data.entries.filter((entry) => !storedIds.has(entry.id));
    expect(run).toEqual({
      kind: 'done',
      added: fresh.length,
      skipped: fileEntries.length - fresh.length,
    });
    const after = new Map((await platform.store.all()).map((entry) => [entry.id, entry]));
    for (const entry of fresh) expect(after.get(entry.id)).toEqual(entry);
    for (const entry of stored) expect(after.get(entry.id)).toEqual(entry);
    expect(after.size).toBe(stored.length + fresh.length);
    tally.add(fresh.length > 0 ? 'accepted, sessions added' : 'accepted, nothing new to add');
  }
  expect(prototypeSnapshot(), `prototypes untouched by ${fuzz.kind}`).toBe(prototypes);
}
