import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, exportToCsv } from './csv';
import { makeEntry } from '../../../../test/journal-fakes';

describe('csvCell', () => {
  it.each(['=1+1', '+33 6 12', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'puts an apostrophe before %j so spreadsheets read it as text',
    (value) => {
      expect(
        csvCell(value)
          .replace(/^"/, '')
          .startsWith(`'${value.charAt(0)}`),
      ).toBe(true);
    },
  );

  it('leaves ordinary text and numbers as they are', () => {
    expect(csvCell('Felt looser')).toBe('Felt looser');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes a cell with a comma, a quote or a line break and doubles its quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('escapes a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
});

describe('exportToCsv', () => {
  it('writes a header and one CRLF-ended row per session, oldest first', () => {
    const later = makeEntry({
      id: 'b',
      startedAtEpochMs: Date.UTC(2026, 10, 21) + 1,
      endedAtEpochMs: Date.UTC(2026, 10, 21) + 2,
    });
    const csv = exportToCsv([later, makeEntry({ id: 'a' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(csvColumns.join(','));
    expect(lines[1]?.startsWith('a,2026-11-20T08:00:00.000Z,')).toBe(true);
    expect(lines[2]?.startsWith('b,')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('lists points done and skipped, readings, and an escaped note', () => {
    const row = exportToCsv([makeEntry({ note: '=cmd|calc' })]).split('\r\n')[1] ?? '';
    expect(row).toContain(',6,3,7,4,SI3 left; SI3 right,GB20 left,SI3,,');
    expect(row.endsWith(",'=cmd|calc")).toBe(true);
  });

  it('leaves a skipped reading empty', () => {
    const row = exportToCsv([makeEntry({ before: {}, after: { pain0to10: 2 } })]).split('\r\n')[1];
    expect(row).toContain(',left,60,false,true,,2,,,SI3 left');
  });
});
