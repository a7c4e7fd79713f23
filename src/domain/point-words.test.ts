import { describe, expect, it } from 'vitest';
import { sideWordKey } from './point-words';
import { findPoint, type PointId } from './points';

describe('sideWordKey', () => {
  it('names a hand point by the hand, a shoulder point by the shoulder, the head by the side', () => {
    expect(sideWordKey('hand', 'left')).toBe('side.hand.left');
    expect(sideWordKey('hand', 'right')).toBe('side.hand.right');
    expect(sideWordKey('shoulder', 'left')).toBe('side.shoulder.left');
    expect(sideWordKey('shoulder', 'right')).toBe('side.shoulder.right');
    expect(sideWordKey('head', 'left')).toBe('side.body.left');
    expect(sideWordKey('head', 'right')).toBe('side.body.right');
  });

  it("gives each of the article's points the words its body part says", () => {
    const words = (id: PointId) => sideWordKey(findPoint(id).region, 'left');
    expect(['SI3', 'EX-UE8', 'LI4'].map((id) => words(id as PointId))).toEqual([
      'side.hand.left',
      'side.hand.left',
      'side.hand.left',
    ]);
    expect(words('GB20')).toBe('side.body.left');
    expect(words('GB21')).toBe('side.shoulder.left');
  });
});
