import { describe, expect, it } from 'vitest';
import { saveProblemText } from './save-problem';

describe('why a session was not saved', () => {
  it('says the journal is full, with its limit, rather than blaming the browser', () => {
    const full = saveProblemText('full');
    expect(full).toContain('20,000 sessions');
    expect(full).not.toBe(saveProblemText('write'));
    expect(full).not.toContain('browser refused');
  });

  it('tells a full device from a refusal, and falls back to the refusal', () => {
    expect(saveProblemText('quota')).toContain('out of storage space');
    expect(saveProblemText(undefined)).toBe(saveProblemText('write'));
  });
});
