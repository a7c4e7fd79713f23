/**
 * English messages of the personal trial (issue 18). Keys start with "trial.". Plain data: the
 * app's catalog (src/catalogs/en.ts) combines it with the other features' parts.
 */
export const enTrial = {
  'trial.nav': 'Find out if it helps you',
  'trial.title': 'Find out if it helps you',
  'trial.historyLink': 'Find out if it helps you: a short personal trial',
  'trial.historyIntro':
    'Compare routine days with ordinary days for 2 to 4 weeks, and see what your own numbers show.',
  'trial.why':
    'One person’s pain goes up and down by itself from day to day, and a single rating can differ by several points for no reason. A before-and-after pair cannot tell a change from those ups and downs. So the trial compares routine days with comparison days in a random order, rated at the same times, over several weeks. Only a difference that stands out from the ups and downs counts.',
  'trial.how.title': 'How it goes',
  'trial.how.blocks':
    'The days come in pairs: one routine day and one comparison day, in a random order within each pair.',
  'trial.how.routine': 'On a routine day, do your usual acupressure routine.',
  'trial.how.comparison': 'On a comparison day, have your usual day, with no pressing.',
  'trial.how.rate':
    'Rate your pain at your two rating times each day. You can also rate at any other time; every rating counts for its day.',
  'trial.how.stop':
    'The trial stops and asks you to talk to a clinician if pain is higher on routine days by a meaningful amount, if any rating is 8 or more, or if you note a warning sign.',
  'trial.setup.title': 'Plan your trial',
  'trial.setup.length': 'How long?',
  'trial.setup.weeks.one': '{count} week',
  'trial.setup.weeks.other': '{count} weeks ({blocks} pairs of days)',
  'trial.setup.first': 'First rating time',
  'trial.setup.second': 'Second rating time',
  'trial.setup.timesHint': 'For example in the morning and in the evening.',
  'trial.setup.timesOrder': 'The second rating time must be later than the first.',
  'trial.setup.start': 'Start the trial today',
  'trial.loading': 'Loading your trial…',
  'trial.error.load': 'Your trial could not be loaded. Try reloading the page.',
  'trial.error.save': 'That could not be saved on this device. Please try again.',
  'trial.today.title': 'Today',
  'trial.today.day': 'Day {day} of {total}',
  'trial.today.routine': 'Routine day',
  'trial.today.comparison': 'Comparison day',
  'trial.today.routineHint': 'Do your usual routine today.',
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
  'trial.rate.intro': 'Rate your neck as it is right now. You can rate as often as you like.',
  'trial.rate.pain': 'How much does your neck hurt right now?',
  'trial.rate.stiffness': 'How stiff does your neck feel right now? (optional)',
  'trial.rate.note': 'Note (optional)',
  'trial.rate.warning': 'I have one of the warning signs on the list',
  'trial.rate.warningList': 'Show the warning signs',
  'trial.rate.save': 'Save this rating',
  'trial.rate.needPain': 'Choose a pain rating from 0 to 10 first.',
  'trial.rate.saved': 'Saved: pain {pain} at {time}.',
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
  'trial.days.ratings': 'Ratings',
  'trial.days.pain': 'Average pain',
  'trial.days.missing': 'missing',
  'trial.days.notYet': 'not yet',
  'trial.stop.button': 'Stop the trial',
  'trial.stop.confirm': 'Stop the trial now? Your ratings stay in your journal.',
  'trial.stop.yes': 'Yes, stop it',
  'trial.stop.no': 'Keep going',
  'trial.stopped': 'You stopped this trial on day {day} of {total}.',
  'trial.haltedOn': 'The trial stopped on day {day} of {total}.',
  'trial.finished': 'Your trial ran from {start} to {end}.',
  'trial.answer.title': 'What your numbers show',
  'trial.answer.lower':
    'On routine days your pain was on average {amount} points lower than on comparison days.',
  'trial.answer.higher':
    'On routine days your pain was on average {amount} points higher than on comparison days.',
  'trial.answer.same': 'On average your pain was the same on routine days and on comparison days.',
  'trial.answer.interval':
    'The 95% interval runs from {low} to {high} points, from {count} pairs of days with both days rated.',
  'trial.answer.noInterval.one':
    'Only {count} pair of days has both days rated; an interval needs at least {needed}.',
  'trial.answer.noInterval.other':
    'Only {count} pairs of days have both days rated; an interval needs at least {needed}.',
  'trial.answer.none': 'No pair of days has both days rated yet.',
  'trial.verdict.label': 'The answer:',
  'trial.verdict.clearly-lower': 'Clearly lower on routine days.',
  'trial.verdict.no-meaningful-difference': 'No sign of a meaningful difference.',
  'trial.verdict.cant-tell': 'Can’t tell yet.',
  'trial.verdict.moreBlocks':
    'What would tell: more pairs of days. If your ratings went on as they are, about {blocks} pairs with both days rated might give an answer.',
  'trial.verdict.moreBlocksUnknown':
    'What would tell: more pairs of days with both days rated. A longer trial gives a narrower interval.',
  'trial.verdict.meaning':
    'This says what your own numbers show over these weeks, nothing more. It is not a diagnosis.',
  'trial.thresholds':
    'How it is read: a difference of {important} points is the smallest that people count as meaningful, and one person’s single rating can differ by about {detectable} points by chance (Kovacs and others, BMC Musculoskeletal Disorders 2008). “Clearly lower” needs the whole interval below −{important}; “no sign of a meaningful difference” needs it all between −{important} and +{important}.',
  'trial.method':
    'Method: each pair’s routine day minus its comparison day, averaged, with a 95% t interval, as in the N-of-1 trial guide of the US Agency for Healthcare Research and Quality (2014).',
  'trial.picture.label':
    'Picture of the difference: a line from −5 to +5 points, the meaningful band from −{important} to +{important}, and the interval.',
  'trial.picture.lowerSide': 'lower on routine days',
  'trial.picture.higherSide': 'higher on routine days',
  'trial.halt.title': 'Stop the trial and talk to a clinician',
  'trial.halt.intro': 'The trial has stopped because:',
  'trial.halt.higher-on-routine-days':
    'your pain was higher on routine days than on comparison days by {important} points or more',
  'trial.halt.rating-8-or-more': 'a rating was 8 or more',
  'trial.halt.warning-sign': 'you noted a warning sign',
  'trial.halt.advice':
    'Please stop pressing and talk to a doctor or another clinician. If any of the signs below is there now, follow its advice.',
  'trial.summary.link': 'Printable summary for a clinician',
  'trial.summary.title': 'Personal trial summary',
  'trial.summary.none': 'There is no trial to sum up yet.',
  'trial.summary.print': 'Print',
  'trial.summary.hint':
    'One page to show a clinician. Nothing leaves this device unless you print or save it.',
  'trial.summary.trial': 'The trial',
  'trial.summary.dates': 'From {start} to {end}; rating times {first} and {second}.',
  'trial.summary.routine': 'Routine: {points}; holds of {hold}.',
  'trial.summary.noRoutine': 'Routine: no session saved yet.',
  'trial.summary.ratings.one': '{count} quick rating in the trial.',
  'trial.summary.ratings.other': '{count} quick ratings in the trial.',
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
