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
    'The back of the head, seen from behind. The point on your {side} is in the hollow just under the skull, just outside the thick neck muscles, roughly level with the earlobe (a rule of thumb). Arrows show the thumbs sliding from the middle outward.',
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
  // Captions under the pictures.
  'guide.caption.hand.left': 'Back of the left hand',
  'guide.caption.hand.right': 'Back of the right hand',
  'guide.caption.fist.left': 'Left hand in a loose fist, from the little-finger side',
  'guide.caption.fist.right': 'Right hand in a loose fist, from the little-finger side',
  'guide.caption.grasp.left': 'The right hand grasps the left hand',
  'guide.caption.grasp.right': 'The left hand grasps the right hand',
  'guide.caption.head.left': 'Left side, seen from behind',
  'guide.caption.head.right': 'Right side, seen from behind',
  'guide.caption.shoulder.left': 'Left shoulder, seen from behind',
  'guide.caption.shoulder.right': 'Right shoulder, seen from behind',
  'guide.measuresCaption':
    'Measure with your own fingers: your thumb at its widest joint is 1 cun; four fingers held together are 3 cun. Half a cun is half your thumb’s width.',
  // The neck muscles and the part of the neck never to press.
  'guide.musclesTitle': 'The neck muscles, and where never to press',
  'guide.musclesCaption':
    'The trapezius and the sternocleidomastoid (SCM), seen from the side. The shaded front and sides of the neck are never pressed.',
  'guide.musclesWhy':
    'The article explains why these points are used: “In the neck, the large trapezius and sternocleidomastoid (SCM) muscles are often the cause of pain and stiffness. The trapezius muscle begins at the base of the head and travels down over the shoulders, and the SCM runs from behind your ears to the groove at the base of your throat.”',
  'guide.neverNeck':
    'Never press the front or sides of the neck: the carotid arteries run there. Fengchi is at the back of the head, under the skull.',
  'guide.printLink': 'A one-page sheet to print',
  // The one-page print sheet (/print).
  'guide.print.title': 'Acupressure for a stiff neck: the five points',
  'guide.print.intro':
    'The routine of the article “Acupressure Points for Stiff Neck and Neck Pain”, as Acupress guides it. A comfort and relaxation routine, not a diagnosis or treatment.',
  'guide.print.hint': 'This sheet fits on one page of A4 or Letter paper.',
  'guide.print.button': 'Print this sheet',
  'guide.print.sideLabel': 'Side:',
  'guide.print.howLabel': 'How:',
  'guide.print.sideOpposite':
    'the hand opposite the painful side of the neck; both hands when both sides or the middle hurt.',
  'guide.print.sideBothHands': 'both hands, one after the other, the painful side first.',
  'guide.print.sideBoth': 'both sides, the painful side first.',
  'guide.print.hold': 'press and hold steadily.',
  'guide.print.pulse':
    'press {on} seconds, release {off} second, {count} times on one side, then the other.',
  'guide.print.routine': 'The routine',
  'guide.print.order': 'Go through the points in the article’s order, 1 to 5.',
  'guide.print.firm':
    'Press with the thumb or forefinger, or make small circles: a dull, tender ache you can breathe through, never sharp or more than about 3 out of 10. Sit supported for Fengchi and Jianjing.',
  'guide.print.breathe': 'Breathe deeply and steadily. Never hold your breath.',
  'guide.print.cautionLabel': 'Caution:',
  'guide.print.pregnancy': 'If you are pregnant or could be pregnant, leave out {points}.',
  'guide.print.condition':
    'If you have an underlying medical condition, talk to a doctor before you use acupressure.',
  'guide.print.sources':
    'Sources: the article “Acupressure Points for Stiff Neck and Neck Pain” (healthmad.com); point locations from the WHO standard (2008) and the Chinese national standard GB/T 40997-2021; warning signs from NICE and the NHS. The full list is on the Sources page of the app.',
  'guide.title': 'The five points',
  'guide.intro':
    'Each point has a small search zone. Your point may be a little off from the picture: move your fingertip around until you find the tender hollow.',
  'guide.article': 'The article’s point {number}: {heading}',
  'guide.location': 'Where it is',
  'guide.find': 'How to find it',
  'guide.sides': 'Which side',
  'guide.technique': 'How to press',
  'guide.techniqueHold':
    'Press and hold for the length you choose: at least 20–30 seconds. The article says that two minutes or longer gives the best results.',
  // Source: article; University of Minnesota; Memorial Sloan Kettering (clinical.md "Pressure and time").
  'guide.howOften':
    'How long and how often: the article asks for at least 20–30 seconds a point. The University of Minnesota suggests building up from 15–30 seconds to 1–2 minutes; Memorial Sloan Kettering’s guides use a few minutes a point, several times a day. More is not better: none of them advises pressing harder or longer than this.',
  'guide.techniquePulse':
    'Press for {on} seconds, release for {off} second, {count} times on one side, then the other.',
  'guide.articleSays': 'The article says',
  'guide.cautions': 'Cautions',
  'guide.sources': 'Sources',
  'guide.alsoCalled': 'Also called {name}',
  'guide.wiggle':
    'Your point may be a little off from the description. Move your fingertip around the area until you find the tender hollow.',
  'guide.avoidedPregnant': 'Left out in pregnancy mode',
  'guide.back': 'All points',
} as const;
