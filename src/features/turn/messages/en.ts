/**
 * English messages of the turn test. Keys start with "turn.". Plain data: the app's
 * catalog (src/catalogs/en.ts) combines it with the other features' parts.
 */
export const enTurn = {
  'turn.nav': 'Turn test',
  'turn.title': 'Turn test: how far your head turns',
  'turn.historyIntro':
    'Measure how far your head turns to each side, with your phone resting on your head. About 20 seconds, and optional.',
  'turn.historyLink': 'Open the turn test',
  'turn.what': 'What it measures',
  'turn.whatBody':
    'How far you turn your head to each side, in degrees, from your phone’s motion sensors while the phone rests on your head. The readings stay on this device. It is an approximate self-measurement, not a clinical measurement.',
  'turn.limits':
    'On test readings of turns at known angles, 95 in 100 results were within 5° of the true turn, up to 90° each side; a larger turn is shown as “90° or more”. Two tests of the same turn can differ by up to about 5°, so a change smaller than that is not shown as a change.',
  'turn.how': 'How to hold the phone',
  'turn.howBody':
    'Sit upright. Lay the phone flat on top of your head, screen up, or hold it flat against your forehead, and keep it still on your head while you turn. The phone speaks each step if it has a voice; the steps are also shown here.',
  'turn.comfort': 'Turn only as far as is comfortable. Never turn into pain.',
  'turn.confirm':
    'My neck does not hurt after an injury, and I do not get dizzy when I turn my head.',
  'turn.tone': 'Play a tone that rises as my head turns',
  'turn.start': 'Start the turn test',
  'turn.stop': 'Stop',
  'turn.prompt.asking': 'Allow the motion sensors to start.',
  'turn.prompt.rest': 'Keep your head still, looking straight ahead.',
  'turn.prompt.left': 'Turn your head slowly to the left, as far as is comfortable, and hold.',
  'turn.prompt.middle': 'Now back to the middle, and hold.',
  'turn.prompt.right': 'Now turn slowly to the right, as far as is comfortable, and hold.',
  'turn.prompt.back': 'Now back to the middle.',
  'turn.prompt.done': 'Done.',
  'turn.angle': 'Turned {n}°',
  'turn.result': 'Left {left}, right {right}.',
  'turn.degrees': '{n}°',
  'turn.degreesAtLeast': '{n}° or more',
  'turn.notMeasured': 'not measured',
  'turn.resultNote': 'Approximate, not a clinical measurement.',
  'turn.again': 'Test again',
  'turn.problem.unsupported':
    'This browser gives no motion sensor readings, so the turn test cannot run here.',
  'turn.problem.denied':
    'Motion sensors were not allowed. You can allow them in your browser’s settings and try again.',
  'turn.problem.no-readings':
    'No motion readings came from this device. The turn test needs a phone or tablet with motion sensors.',
  'turn.stopped': 'Stopped. If you feel dizzy or unwell, sit and rest, and read when to seek help.',
  'turn.help': 'When to seek help',
  'turn.needsScreening':
    'The turn test opens after the safety check: first read the warning signs.',
  'turn.screeningLink': 'Go to the safety check',
  'turn.notOffered':
    'The turn test is not offered to you: you told us about a recent neck injury. Ask your doctor before testing how far your neck turns.',
  'turn.saved': 'Kept in your journal: History shows it, and it exports with the journal.',
  'turn.saveFull': 'Not kept: the journal already holds as many turn results as it keeps.',
  'turn.saveFailed': 'Not kept: this browser did not save it. Try the test again later.',
  'turn.trial.title': 'Turn test',
  'turn.trial.intro':
    'Your trial compares the turn test. At each rating time, after rating your pain, measure how far you turn (about 20 seconds).',
  'turn.trial.open': 'Take the turn test now',
  'turn.trial.notOffered':
    'After your answers to the warning signs, the turn test is not offered. Keep rating your pain at your rating times.',
  'turn.check.title': 'Turn test (optional)',
  'turn.check.open': 'Measure how far you turn (20 s, optional)',
  'turn.check.loading': 'Getting the turn test ready…',
  'turn.check.before': 'Before the session: {result}',
  'turn.check.changeLabel': 'Change since before the session',
  'turn.change.more.left': 'To the left: +{n}° since before the session.',
  'turn.change.more.right': 'To the right: +{n}° since before the session.',
  'turn.change.moreAtLeast.left': 'To the left: +{n}° or more since before the session.',
  'turn.change.moreAtLeast.right': 'To the right: +{n}° or more since before the session.',
  'turn.change.less.left': 'To the left: {n}° less than before the session.',
  'turn.change.less.right': 'To the right: {n}° less than before the session.',
  'turn.change.lessAtLeast.left': 'To the left: {n}° or more less than before the session.',
  'turn.change.lessAtLeast.right': 'To the right: {n}° or more less than before the session.',
  'turn.change.within.left': 'To the left: no change larger than the test’s own spread ({n}°).',
  'turn.change.within.right': 'To the right: no change larger than the test’s own spread ({n}°).',
  'turn.change.unknown.left':
    'To the left: no change can be shown (a side not measured, or both at the largest turn the test reports).',
  'turn.change.unknown.right':
    'To the right: no change can be shown (a side not measured, or both at the largest turn the test reports).',
  'turn.history.session': 'Turn test before the session: {before}; after it: {after}.',
  'turn.history.none': 'not measured',
  'turn.chart.needsTwo': 'The chart in degrees appears after two turn tests.',
  'turn.chart.label':
    'Chart of how far your head turned to the left and to the right, in degrees, over time. The list below has the latest results.',
  'turn.chart.note':
    'Degrees from the middle; a turn of {cap}° or more is drawn at {cap}°. Approximate, not a clinical measurement.',
  'turn.chart.latest': 'Latest turn tests',
  'turn.chart.item': '{date}, on its own: {result}',
  'turn.chart.itemBefore': '{date}, before a session: {result}',
  'turn.chart.itemAfter': '{date}, after a session: {result}',
  'turn.chart.left': 'Left (°)',
  'turn.chart.right': 'Right (°)',
  'turn.historyLatest': 'Latest: {date}, {result}.',
  'turn.resultPlain': 'Left {left}, right {right}',
} as const;
