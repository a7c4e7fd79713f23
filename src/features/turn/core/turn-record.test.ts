import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnRecordSchema } from '../../../domain/records/turn-result';
import * as v from 'valibot';
import { isBeforeOf, recordOf, resultOf, sessionChange, turnSeries } from './turn-record';
import { smallestRealChangeDeg } from './turn-test';

const meta = { id: 't1', atEpochMs: Date.UTC(2026, 11, 1), dayKey: '2026-12-01' };
const sideArb = fc.option(
  fc.record({ degrees: fc.integer({ min: 5, max: 90 }), atLeast: fc.boolean() }),
  { nil: null },
);

describe('a turn result as a journal record', () => {
  it('keeps each side as measured, and gives back the same result (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (left, right) => {
        const record = recordOf({ left, right }, meta);
        expect(v.safeParse(turnRecordSchema, record).success).toBe(true);
        expect(resultOf(record)).toEqual({ left, right });
      }),
    );
  });

  it('names its session and moment together, or neither', () => {
    const alone = recordOf({ left: null, right: null }, meta);
    expect('sessionId' in alone || 'moment' in alone).toBe(false);
    const after = recordOf(
      { left: null, right: null },
      { ...meta, link: { sessionId: 's1', moment: 'after' } },
    );
    expect([after.sessionId, after.moment]).toEqual(['s1', 'after']);
  });
});

describe('the change over a session', () => {
  const at = (left: number, right: number) =>
    recordOf(
      { left: { degrees: left, atLeast: false }, right: { degrees: right, atLeast: false } },
      meta,
    );

  it('shows a side only when it changed by the smallest real change or more', () => {
    const spread = smallestRealChangeDeg();
    expect(sessionChange(at(40, 40), at(40 + spread, 40 + spread - 1))).toEqual({
      left: { kind: 'more', degrees: spread, atLeast: false },
      right: { kind: 'within-spread' },
    });
  });

  const degrees = fc.integer({ min: 5, max: 89 });

  it('mirrors: swapping the sides swaps the changes (property)', () => {
    fc.assert(
      fc.property(fc.tuple(degrees, degrees, degrees, degrees), ([l1, r1, l2, r2]) => {
        const there = sessionChange(at(l1, r1), at(l2, r2));
        const back = sessionChange(at(r1, l1), at(r2, l2));
        expect([back.left, back.right]).toEqual([there.right, there.left]);
      }),
    );
  });
});

describe('which before result belongs to a session', () => {
  it('is one measured before the start, and not long before it', () => {
    const start = Date.UTC(2026, 11, 1, 8);
    expect(isBeforeOf(start - 60_000, start)).toBe(true);
    expect(isBeforeOf(start + 1, start)).toBe(false);
    expect(isBeforeOf(start - 31 * 60_000, start)).toBe(false);
  });
});

describe('the chart’s columns', () => {
  it('are oldest first, with a gap where a side was not measured', () => {
    const late = { ...recordOf({ left: { degrees: 50, atLeast: false }, right: null }, meta) };
    const early = recordOf(
      { left: { degrees: 40, atLeast: false }, right: { degrees: 90, atLeast: true } },
      { ...meta, id: 't0', atEpochMs: meta.atEpochMs - 86_400_000 },
    );
    expect(turnSeries([late, early])).toEqual({
      x: [early.atEpochMs / 1000, late.atEpochMs / 1000],
      left: [40, 50],
      right: [90, null],
    });
  });
});
