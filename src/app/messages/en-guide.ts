/** English messages owned by the guide feature. Keys start with "guide.". */
export const enGuide = {
  // Text alternatives of the pictures: where the zone is, in words.
  'guide.pic.SI3':
    'The back of your {side}, palm down. The point is on the little-finger edge of the hand, in the small hollow just behind the knuckle of the little finger.',
  'guide.pic.EX-UE8':
    'The back of your {side}, palm down. The point is between the bones of the index finger and the middle finger, about half a thumb width behind the knuckles.',
  'guide.pic.LI4':
    'The back of your {side}, palm down. The point is beside the middle of the bone of the index finger, on the thumb side, pressed against the bone.',
  'guide.pic.GB20':
    'The back of the head, seen from behind. The point on your {side} is in the hollow just under the skull, just outside the thick neck muscles, roughly level with the earlobe. Arrows show the thumbs sliding from the middle outward.',
  'guide.pic.GB21':
    'The shoulders, seen from behind. The point on your {side} is on the top of the shoulder, halfway between the bony bump at the base of the neck and the tip of the shoulder.',
  'guide.pic.fist':
    'Your {hand} in a loose fist, seen from the little-finger side. The point is at the end of the skin crease, just behind the knuckle of the little finger.',
  'guide.pic.grasp':
    'Your other hand grasps your {hand}: its thumb presses on the back of the hand, beside the middle of the index-finger bone, with its forefinger underneath.',
  'guide.pic.muscles':
    'The head and neck from the side. The trapezius muscle runs from the base of the head down over the shoulder. The sternocleidomastoid muscle runs from behind the ear to the base of the throat. The front and sides of the neck are marked: never press there.',
  'guide.pic.measures':
    'Finger-width measures: the width of your thumb at its widest joint is 1 cun. Your four fingers held together, measured across the middle knuckles, are 3 cun.',
  // Short labels inside the pictures.
  'guide.label.c7': 'Neck bump',
  'guide.label.shoulderTip': 'Shoulder tip',
  'guide.label.oneCun': '1 cun',
  'guide.label.threeCun': '3 cun',
  'guide.label.fengchi': 'Fengchi',
  'guide.label.trapezius': 'Trapezius',
  'guide.label.scm': 'SCM',
  'guide.label.neverPress': 'Never press here',
} as const;
