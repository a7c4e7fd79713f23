/**
 * English messages of the personal trial. Keys start with "trial.". Plain data: the
 * app's catalog (src/catalogs/en.ts) combines it with the other features' parts.
 */
export const enTrial = {
  'trial.nav': 'Compare routine days and ordinary days',
  'trial.title': 'Compare routine days and ordinary days',
  'trial.historyLink': 'Compare routine days and ordinary days: see what your own numbers show',
  'trial.historyIntro':
    'Compare routine days with ordinary days for 2 to 4 weeks, and see what your own numbers show.',
  'trial.why':
    'One person’s pain goes up and down by itself from day to day, and two ratings by the same person can differ by about 4 points by chance. A before-and-after pair cannot tell a change from those ups and downs. So this compares routine days with comparison days in a random order, rated at the same times, over several weeks, and shows what your own numbers show. It is a way to look at your own days, not a test of a treatment.',
  'trial.how.title': 'How it goes',
  'trial.how.blocks':
    'The days come in pairs: one routine day and one comparison day, in a random order within each pair.',
  'trial.how.routine':
    'On a routine day, do the routine between your two rating times, at about the same time each day.',
  'trial.how.same':
    'Keep everything else the same on both kinds of day, and tick “I took a painkiller” when you have taken one.',
  'trial.how.length':
    'Two weeks often ends in “can’t tell yet”; three or four weeks give more pairs of days to go on.',
  'trial.how.comparison': 'On a comparison day, have your usual day, with no pressing.',
  'trial.how.rate':
    'Each day, rate your pain at the two times you chose. The first rating within an hour and a half of each time is the one compared; other ratings are kept as notes.',
  'trial.how.stop':
    'It stops and asks you to talk to a clinician if pain is higher on routine days by 1.5 points or more, if any rating is 8 or more, or if you note a warning sign. It pauses after two weeks, or if your pain is getting worse, until a doctor has seen your neck.',
  'trial.setup.title': 'Plan your trial',
  'trial.setup.length': 'How long?',
  'trial.setup.weeks.one': '{count} week',
  'trial.setup.weeks.other': '{count} weeks ({blocks} pairs of days)',
  'trial.setup.first': 'First rating time',
  'trial.setup.second': 'Second rating time',
  'trial.setup.timesHint':
    'For example in the morning and in the evening, at least 3 hours apart. On a routine day, do the routine between them.',
  'trial.setup.timesOrder': 'The second rating time must be at least 3 hours after the first.',
  'trial.setup.start': 'Start the trial today',
  'trial.setup.measure': 'What to compare',
  'trial.setup.measurePain': 'Pain rating (0 to 10)',
  'trial.setup.measureTurn': 'Turn test (degrees)',
  'trial.setup.measureTurnHint':
    'At each rating time, rate your pain and then take the turn test (about 20 seconds): how far you turn your head each way, as far as is comfortable. The days are compared in degrees, left and right added together. The pain rating still stops or pauses the trial as above.',
  'trial.days.turnTests': 'Scheduled tests',
  'trial.days.turnNotes': 'Other tests (notes)',
  'trial.days.turn': 'Turn, left + right',
  'trial.turn.degrees': '{n}°',
  'trial.turn.pictureLabel':
    'Picture of the difference: a line from −{reach}° to +{reach}°, the band of the test’s own spread from −{threshold}° to +{threshold}°, and the interval.',
  'trial.turn.smallerSide': 'smaller on routine days',
  'trial.turn.largerSide': 'larger on routine days',
  'trial.turn.measure':
    'Compared: the turn test, in degrees, how far you turned to the left and to the right added together. Larger means you turned further.',
  'trial.turn.none': 'No pair of days has both days measured yet.',
  'trial.turn.same': 'On average you turned as far on routine days as on comparison days.',
  'trial.turn.larger':
    'On routine days you turned on average {amount} further than on comparison days.',
  'trial.turn.smaller':
    'On routine days you turned on average {amount} less far than on comparison days.',
  'trial.turn.interval':
    'The 95% confidence interval runs from {low} to {high}, from {count} pairs of days with both days measured.',
  'trial.turn.noInterval.one':
    'Only {count} pair of days has both days measured; an interval needs at least {needed}.',
  'trial.turn.noInterval.other':
    'Only {count} pairs of days have both days measured; an interval needs at least {needed}.',
  'trial.turn.moreBlocks':
    'What would tell: more pairs of days. If your turn tests went on as they are, about {blocks} pairs with both days measured might show more.',
  'trial.turn.moreBlocksUnknown':
    'What would tell: if your turn tests went on as they are, more pairs of days than a 4-week trial can give.',
  'trial.turn.thresholds':
    'How it is read: the same turn measured again can differ by chance, so a difference smaller than {threshold}° (left and right added together) cannot be told from the test’s own spread. “Larger” or “smaller on routine days” needs the whole interval beyond {threshold}°; “no difference larger than the test’s own spread” needs it all between −{threshold}° and +{threshold}°. The turn test is approximate, not a clinical measurement.',
  'trial.turn.method':
    'Method: each pair’s routine day minus its comparison day (each day the average of its scheduled turn tests), averaged, with a 95% confidence interval (t), as in the N-of-1 trial guide of the US Agency for Healthcare Research and Quality (2014).',
  'trial.verdict.turn-larger': 'A larger turn on routine days, by more than the test’s own spread.',
  'trial.verdict.turn-smaller':
    'A smaller turn on routine days, by more than the test’s own spread.',
  'trial.verdict.turn-no-difference': 'No difference larger than the test’s own spread.',
  'trial.summary.measureTurn':
    'Compared: the turn test (degrees, left and right added together), at the rating times.',
  'trial.turn.saved':
    'Kept in your journal at {time}: this turn test is the one compared for this rating time.',
  'trial.turn.savedNote':
    'Kept in your journal at {time} as a note: only the first turn test with both sides measured, within an hour and a half of a rating time, is compared.',
  'trial.today.turnTests.one': '{count} turn test today.',
  'trial.today.turnTests.other': '{count} turn tests today.',
  'trial.loading': 'Loading your trial…',
  'trial.error.load': 'Your trial could not be loaded. Try reloading the page.',
  'trial.error.save': 'That could not be saved on this device. Please try again.',
  'trial.today.title': 'Today',
  'trial.today.day': 'Day {day} of {total}',
  'trial.today.routine': 'Routine day',
  'trial.today.comparison': 'Comparison day',
  'trial.today.routineHint': 'Do the routine today, between your two rating times.',
  'trial.today.comparisonHint': 'Your usual day, no pressing.',
  'trial.today.next': 'Next rating time: {time}.',
  'trial.today.noMore': 'No more rating times today.',
  'trial.today.rated.one': '{count} rating today.',
  'trial.today.rated.other': '{count} ratings today.',
  'trial.today.missing.one': '{count} rating time passed without a rating.',
  'trial.today.missing.other': '{count} rating times passed without a rating.',
  'trial.today.startSession': 'Start today’s routine',
  'trial.today.open': 'Open your trial',
  'trial.home.title': 'Your personal trial',
  'trial.rate.title': 'Rate now',
  'trial.rate.intro':
    'Rate your neck as it is right now. The first rating near each of your rating times is the one compared; any other rating is kept as a note.',
  'trial.rate.pain': 'How much does your neck hurt right now?',
  'trial.rate.stiffness': 'How stiff does your neck feel right now? (optional)',
  'trial.rate.note': 'Note (optional)',
  'trial.rate.warning': 'I have one of the warning signs on the list',
  'trial.rate.warningList': 'Show the warning signs',
  'trial.rate.painkiller': 'I took a painkiller today',
  'trial.rate.save': 'Save this rating',
  'trial.rate.needPain': 'Choose a pain rating from 0 to 10 first.',
  'trial.rate.saved': 'Saved: pain {pain} at {time}.',
  'trial.rate.savedNote':
    'Saved as a note: pain {pain} at {time}. Only the first rating near each rating time is compared.',
  'trial.reminders.title': 'Reminders in your calendar',
  'trial.reminders.intro':
    'Add the two rating times to your own calendar. Each file repeats daily for the length of the trial.',
  'trial.reminders.download': 'Calendar file for {time}',
  'trial.reminders.summary': 'Rate your neck (Acupress trial)',
  'trial.reminders.description':
    'Open Acupress and rate your neck now: pain and stiffness from 0 to 10.',
  'trial.days.title': 'Your days so far',
  'trial.days.date': 'Date',
  'trial.days.kind': 'Day',
  'trial.days.ratings': 'Scheduled ratings',
  'trial.days.pain': 'Average pain',
  'trial.days.notes': 'Other ratings (notes)',
  'trial.days.hidden':
    'Averages are shown when the trial ends, so that they cannot sway your ratings.',
  'trial.days.missing': 'missing',
  'trial.days.notYet': 'not yet',
  'trial.stop.button': 'Stop the trial',
  'trial.stop.confirm': 'Stop the trial now? Your ratings stay in your journal.',
  'trial.stop.yes': 'Yes, stop it',
  'trial.stop.no': 'Keep going',
  'trial.stopped': 'Stopped by you on day {day} of {total}.',
  'trial.haltedOn': 'Stopped by the safety rule on day {day} of {total}.',
  'trial.finished': 'Your trial ran from {start} to {end}.',
  'trial.answer.title': 'What your numbers show',
  'trial.answer.lower':
    'On routine days your pain was on average {amount} points lower than on comparison days.',
  'trial.answer.higher':
    'On routine days your pain was on average {amount} points higher than on comparison days.',
  'trial.answer.same': 'On average your pain was the same on routine days and on comparison days.',
  'trial.answer.interval':
    'The 95% confidence interval runs from {low} to {high} points, from {count} pairs of days with both days rated.',
  'trial.answer.noInterval.one':
    'Only {count} pair of days has both days rated; an interval needs at least {needed}.',
  'trial.answer.noInterval.other':
    'Only {count} pairs of days have both days rated; an interval needs at least {needed}.',
  'trial.answer.none': 'No pair of days has both days rated yet.',
  'trial.answer.early': 'Stopped early: less certain.',
  'trial.verdict.label': 'The result:',
  'trial.verdict.clearly-lower': 'Clearly lower on routine days.',
  'trial.verdict.no-meaningful-difference': 'No sign of a meaningful difference.',
  'trial.verdict.cant-tell': 'Can’t tell yet.',
  'trial.verdict.lower-not-clearly-meaningful':
    'Lower on routine days, but not clearly by a meaningful amount.',
  'trial.verdict.higher': 'Higher on routine days.',
  'trial.verdict.moreBlocks':
    'What would tell: more pairs of days. If your ratings went on as they are, about {blocks} pairs with both days rated might show more.',
  'trial.verdict.moreBlocksUnknown':
    'What would tell: if your ratings went on as they are, more pairs of days than a 4-week trial can give.',
  'trial.verdict.meaning':
    'This says what your own numbers show over these days, nothing more. It is not a diagnosis, and not a test of a treatment.',
  'trial.thresholds':
    'How it is read: 1.5 points is the smallest improvement that people treated for neck pain found meaningful (a guide, not a rule for one person), and two ratings by the same person can differ by about {detectable} points by chance (Kovacs and others, BMC Musculoskeletal Disorders 2008). “Clearly lower” needs the whole interval below −{important}; “lower, but not clearly by a meaningful amount” needs it below 0 and reaching −{important}; “higher” needs it all above 0; “no sign of a meaningful difference” needs it all between −{important} and +{important}.',
  'trial.method':
    'Method: each pair’s routine day minus its comparison day (each day the average of its scheduled ratings), averaged, with a 95% confidence interval (t), as in the N-of-1 trial guide of the US Agency for Healthcare Research and Quality (2014).',
  'trial.cannot.title': 'What it cannot tell',
  'trial.cannot.knew':
    'You knew which days were routine days, and expecting a change lowers ratings too.',
  'trial.cannot.routine':
    'It cannot tell the points from the calm routine of pressing and breathing.',
  'trial.cannot.others':
    'It counts on everything else staying the same on both kinds of day, painkillers included.',
  'trial.cannot.carryover':
    'Your first rating of a day comes before that day’s routine, so a change that lasts into the next day shows less here.',
  'trial.adherence.title': 'How the plan went',
  'trial.adherence.routine': 'Routine done on {done} of {total} routine days',
  'trial.adherence.comparison.one': 'pressed on {count} comparison day.',
  'trial.adherence.comparison.other': 'pressed on {count} comparison days.',
  'trial.adherence.painkiller':
    'A painkiller was noted on {routine} of the routine days and {comparison} of the comparison days.',
  'trial.notBetter': 'If your neck is not better after about two weeks, see a doctor.',
  'trial.picture.label':
    'Picture of the difference: a line from −5 to +5 points, the meaningful band from −{important} to +{important}, and the interval.',
  'trial.picture.lowerSide': 'lower on routine days',
  'trial.picture.higherSide': 'higher on routine days',
  'trial.halt.title': 'The trial has stopped',
  'trial.halt.emergency': 'If it is one of the emergency signs, call {number} now.',
  'trial.halt.doctor':
    'If it is not an emergency sign, see a doctor today, or before any more self-care, as the list below says.',
  'trial.halt.intro': 'Why it stopped:',
  'trial.halt.higher-on-routine-days':
    'your pain was higher on routine days than on comparison days by {important} points or more',
  'trial.halt.rating-8-or-more': 'a rating was 8 or more',
  'trial.halt.warning-sign': 'you noted a warning sign',
  'trial.halt.advice':
    'Please stop pressing and talk to a doctor or another clinician. If you have one of the signs below, follow its advice.',
  'trial.pause.title': 'The trial is paused: see a doctor',
  'trial.pause.two-weeks':
    'Not better after two weeks: your neck has been sore for two weeks of the trial. The app’s advice is to see a doctor if it is not better after about two weeks.',
  'trial.pause.getting-worse':
    'Getting worse: your last 3 rated days average about 2 points or more above your first 3. Please see a doctor.',
  'trial.pause.next':
    'The trial goes on only after a doctor has seen your neck. Until then, do not press. You can also stop the trial.',
  'trial.pause.resume': 'A doctor has seen my neck: go on with the trial',
  'trial.summary.link': 'A one-page record you can keep or share',
  'trial.summary.title': 'Your trial: a one-page record',
  'trial.summary.none': 'There is no trial to sum up yet.',
  'trial.summary.print': 'Print',
  'trial.summary.hint':
    'One page you can keep or share. Nothing leaves this device unless you print or save it.',
  'trial.summary.trial': 'The trial',
  'trial.summary.dates': 'Planned from {start} to {end}; rating times {first} and {second}.',
  'trial.summary.routine': 'Routine: {points}; holds of {hold}.',
  'trial.summary.noRoutine': 'Routine: no session saved yet.',
  'trial.summary.ratings.one': '{count} quick rating in the trial (scheduled ratings and notes).',
  'trial.summary.ratings.other':
    '{count} quick ratings in the trial (scheduled ratings and notes).',
  'trial.summary.journal': 'The journal',
  'trial.summary.sessions.one': '{count} session saved.',
  'trial.summary.sessions.other': '{count} sessions saved.',
  'trial.summary.back': 'Back to the trial',
  'trial.new': 'Start a new trial',
  'trial.import.inRating': 'Quick rating {number}: {problem}',
  'trial.import.inTrial': 'Trial {number}: {problem}',
  'trial.import.badPlan':
    'the plan must be pairs of days, each with one routine day and one comparison day.',
  'trial.import.duplicateId': 'it has the same id as number {other}.',
} as const;
