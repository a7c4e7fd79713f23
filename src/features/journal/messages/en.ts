/** English messages owned by the journal feature. Keys start with "journal.". */
export const enJournal = {
  'journal.scale.pain': 'How much does your neck hurt right now?',
  'journal.scale.stiffness': 'How stiff does your neck feel right now?',
  'journal.scale.painAfter': 'How much does your neck hurt now, after the session?',
  'journal.scale.stiffnessAfter': 'How stiff does your neck feel now, after the session?',
  'journal.scale.hint': 'Choose a number from 0 to 10. You can skip this question.',
  'journal.scale.hintRequired': 'Choose a number from 0 to 10.',
  'journal.scale.painLow': '0 means no pain',
  'journal.scale.painHigh': '10 means the worst pain imaginable',
  'journal.scale.stiffLow': '0 means no stiffness',
  'journal.scale.stiffHigh': '10 means the worst stiffness imaginable',
  'journal.scale.word.painLow': 'no pain',
  'journal.scale.word.stiffLow': 'no stiffness',
  'journal.scale.word.high': 'worst imaginable',
  'journal.scale.clear': 'Clear this answer',
  'journal.scale.skipped': 'Not answered.',
  'journal.scale.chosen': 'You chose {value}.',
  'journal.before.intro':
    'Rate your neck now, so you can compare after the session. Both questions are optional.',
  'journal.after.title': 'How do you feel now?',
  'journal.after.intro':
    'These questions are optional. Your answers stay on this device and help you see how you feel after each session.',
  'journal.after.tender': 'Which points felt tender?',
  'journal.after.right': 'Which points felt right, as if you found the spot?',
  'journal.after.noPoints': 'No points were pressed in this session.',
  'journal.after.note': 'A note for yourself (optional)',
  'journal.after.save': 'Save to my journal',
  'journal.after.saving': 'Saving…',
  'journal.after.saved': 'Saved to your journal.',
  'journal.after.history': 'See your history',
  'journal.after.worse':
    'Your pain is higher than before the session. Stop pressing, and read when to seek help.',
  'journal.after.worseLink': 'When to seek help',
  'journal.after.before': 'Before the session: pain {pain}, stiffness {stiffness}.',
  'journal.after.notRated': 'not rated',
  'journal.error.quota':
    'Your device is out of storage space, so this session could not be saved. It is kept in memory while the app stays open. Free some space and try again, or export it now.',
  'journal.error.write':
    'The browser refused to save this session. It is kept in memory while the app stays open. Try again, or export it now.',
  'journal.error.load':
    'Your journal could not be opened. The browser may be blocking storage, for example in a private window.',
  'journal.error.full':
    'Your journal already holds {max} sessions, the most it keeps, so this session was not saved. It is kept in memory while the app stays open: export it now to keep it.',
  'journal.error.retry': 'Try saving again',
  'journal.error.export': 'Export unsaved sessions',
  'journal.import.tooLarge':
    'The file is larger than {maxMb} MB, so it cannot be a journal export from this app.',
  'journal.import.notJson': 'The file is not valid JSON. It may be damaged or cut short.',
  'journal.import.notOurs': 'The file is not a journal export from Acupress.',
  'journal.import.newerVersion':
    'The file was made by a newer version of Acupress (format version {version}). Update the app, then import it again.',
  'journal.import.unknownField': '"{field}" is not a field of the journal format.',
  'journal.import.missingField': '{field} is missing.',
  'journal.import.wrongType': '{field} has the wrong kind of value.',
  'journal.import.score': '{field} must be a whole number from 0 to 10.',
  'journal.import.negative': '{field} cannot be below zero.',
  'journal.import.tooBig': '{field} must be at most {max}.',
  'journal.import.date': '{field} is not a valid date.',
  'journal.import.tooLong': '{field} is longer than {max} characters.',
  'journal.import.tooMany': '{field} has more than {max} items.',
  'journal.import.unknownValue': '{field} has a value this app does not know.',
  'journal.import.badId': '{field} must be 1 to 100 letters, digits, dashes or underscores.',
  'journal.import.endsBeforeStart': 'the session ends before it starts.',
  'journal.import.duplicateId': 'it has the same id as session {other}.',
  'journal.import.forbiddenKey': 'a field named "{name}" is not allowed.',
  'journal.import.inSession': 'Session {number}: {problem}',
  'journal.import.inFile': 'In the file: {problem}',
  'journal.field.painBefore': 'pain before',
  'journal.field.painAfter': 'pain after',
  'journal.field.stiffnessBefore': 'stiffness before',
  'journal.field.stiffnessAfter': 'stiffness after',
  'journal.field.startedAt': 'the start time',
  'journal.field.endedAt': 'the end time',
  'journal.field.note': 'the note',
  'journal.field.activeMs': 'the session length in milliseconds',
  'journal.field.holdMs': 'the hold length in milliseconds',
  'journal.field.id': 'the session id',
  'journal.field.value': 'a value',
  'journal.history.title': 'Your history',
  'journal.history.intro':
    'Your sessions and how your neck felt before and after. Everything here stays on this device.',
  'journal.history.loading': 'Opening your journal…',
  'journal.history.empty':
    'No sessions saved yet. After a session, answer the short questions and save them to see them here.',
  'journal.history.start': 'Start a session',
  'journal.history.sessions': 'Sessions',
  'journal.history.count.one': '{count} session saved.',
  'journal.history.count.other': '{count} sessions saved.',
  'journal.history.showList': 'Show as a list',
  'journal.history.showTable': 'Show as a table',
  'journal.history.more': 'Show older sessions',
  'journal.history.shown': 'Showing the latest {shown} of {total} sessions.',
  'journal.history.item': '{date}, {length}',
  'journal.history.pain': 'Pain {before} → {after}.',
  'journal.history.stiffness': 'Stiffness {before} → {after}.',
  'journal.history.noReadings': 'No ratings.',
  'journal.history.notRated': 'not rated',
  'journal.history.points': 'Points: {points}.',
  'journal.history.noPointsDone': 'No points pressed.',
  'journal.history.ended': 'Ended early.',
  'journal.history.noteLabel': 'Note:',
  'journal.history.unsaved': 'Not saved yet',
  'journal.table.caption':
    'Sessions, latest first, with pain and stiffness before and after (0 to 10).',
  'journal.table.date': 'Date',
  'journal.table.length': 'Length',
  'journal.table.painBefore': 'Pain before',
  'journal.table.painAfter': 'Pain after',
  'journal.table.stiffBefore': 'Stiffness before',
  'journal.table.stiffAfter': 'Stiffness after',
  'journal.table.points': 'Points pressed',
  'journal.table.note': 'Note',
  'journal.chart.title': 'Trend',
  'journal.chart.label':
    'Chart of pain and stiffness before and after each session, over time. The same data is in the table view.',
  'journal.chart.painBefore': 'Pain before',
  'journal.chart.painAfter': 'Pain after',
  'journal.chart.stiffBefore': 'Stiffness before',
  'journal.chart.stiffAfter': 'Stiffness after',
  'journal.chart.needsTwo': 'The chart appears once you have two sessions with readings.',
  'journal.chart.grouped':
    'Each point is the average of {count} sessions in a row, so that a long journal stays readable.',
  'journal.summary.title': 'What your journal shows',
  'journal.summary.lower.one':
    'In your one session with both readings, pain after was {amount} points lower than before.',
  'journal.summary.lower.other':
    'Over your last {count} sessions with both readings, pain after was on average {amount} points lower than before.',
  'journal.summary.higher.one':
    'In your one session with both readings, pain after was {amount} points higher than before.',
  'journal.summary.higher.other':
    'Over your last {count} sessions with both readings, pain after was on average {amount} points higher than before.',
  'journal.summary.same.one':
    'In your one session with both readings, pain after was the same as before.',
  'journal.summary.same.other':
    'Over your last {count} sessions with both readings, pain after was on average the same as before.',
  'journal.summary.stiffLower': 'Stiffness after was on average {amount} points lower than before.',
  'journal.summary.stiffHigher':
    'Stiffness after was on average {amount} points higher than before.',
  'journal.summary.stiffSame': 'Stiffness after was on average the same as before.',
  // Source: Kovacs et al., BMC Musculoskelet Disord 2008;9:43 (clinical.md "Tracking").
  'journal.summary.scale':
    'How to read these numbers: in a study of people with neck pain, one person’s ratings on the 0–10 scale had to change by about {detectable} points before the change stood out from the ordinary ups and downs of rating; the smallest change people found meaningful was about {important} points (Kovacs and others, 2008).',
  'journal.summary.none':
    'Rate your pain before and after a session to see how it changes. Both questions are optional.',
  'journal.summary.observation':
    'This describes your own entries. It does not show that the routine caused the change.',
  'journal.points.title': 'Points',
  'journal.points.caption': 'How often each point was pressed and marked tender or right.',
  'journal.points.point': 'Point',
  'journal.points.pressed': 'Sessions pressed',
  'journal.points.tender': 'Felt tender',
  'journal.points.right': 'Felt right',
  'journal.storage.title': 'Your journal on this device',
  'journal.storage.inApp':
    'Your journal is kept in this Home Screen app. The same site in the browser keeps a separate copy.',
  'journal.storage.inBrowser':
    'Your journal is kept in this browser on this device. A Home Screen app of Acupress keeps a separate copy.',
  'journal.storage.kept': 'Kept on this device: the browser will not clear it to free space.',
  'journal.storage.mayClear':
    'The browser may clear this when space runs low. Save a backup now and then.',
  'journal.storage.unknown':
    'This browser does not say whether it keeps it. Save a backup now and then.',
  'journal.storage.safari':
    "In Safari on iPhone and iPad, a website's data is deleted when you have not opened it during 7 days of using Safari. A Home Screen app's data is kept.",
  'journal.storage.lastBackup': 'Last backup: {date}.',
  'journal.storage.noBackup': 'No backup saved yet.',
  'journal.storage.save': 'Save a backup (JSON)',
  'journal.storage.saved':
    'Backup saved in your downloads. Keep it somewhere other than this browser.',
  'journal.otherCopy.inApp':
    'Your journal here is empty. This Home Screen app keeps its own journal, apart from the browser. If you used Acupress in the browser before, save a backup there (Settings, “Save a backup”) and import it here.',
  'journal.otherCopy.inBrowser':
    'Your journal here is empty. If you use Acupress from your Home Screen, your journal is kept there, apart from this browser. To see it here, save a backup in the app (Settings, “Save a backup”) and import it here.',
  'journal.otherCopy.import': 'Import a backup',
  'journal.backup.due.one': '{count} new session since your last backup.',
  'journal.backup.due.other': '{count} new sessions since your last backup.',
  'journal.backup.dueFirst.one': '{count} session in your journal, and no backup yet.',
  'journal.backup.dueFirst.other': '{count} sessions in your journal, and no backup yet.',
  'journal.data.title': 'Your data',
  'journal.data.intro':
    'Your journal is stored only in this browser. Export it to keep a copy or move it to another device.',
  'journal.data.exportCsv': 'Export as CSV (spreadsheet)',
  'journal.data.exportJson': 'Export as JSON (for importing)',
  'journal.data.exported': 'The file is ready in your downloads.',
  'journal.data.importLabel': 'Import a journal file (JSON exported from Acupress)',
  'journal.data.importHint':
    'Before importing, the app downloads a backup of your current journal. Sessions you already have are skipped.',
  'journal.data.importing': 'Checking the file…',
  'journal.data.imported.one': 'Imported {count} session.',
  'journal.data.imported.other': 'Imported {count} sessions.',
  'journal.data.skipped.one': '{count} session was already in your journal and was skipped.',
  'journal.data.skipped.other': '{count} sessions were already in your journal and were skipped.',
  'journal.data.importFailed': 'Nothing was imported. {reason}',
  'journal.data.importWriteFailed':
    'Nothing was imported: the browser refused to save. Free some space and try again.',
  'journal.data.importFull':
    'Nothing was imported: with this file your journal would hold more than it keeps ({sessions} sessions, {ratings} quick ratings, {trials} trials, {spots} spot marks).',
  'journal.data.delete': 'Delete all data',
  'journal.data.deleteIntro':
    'This removes your journal, your saved choices, your answers to the safety questions and any paused session from this device. It cannot be undone.',
  'journal.data.deleteConfirm': 'Yes, delete everything',
  'journal.data.deleteCancel': 'Keep my data',
  'journal.data.deleteQuestion': 'Delete all your data from this device?',
  'journal.data.deleted': 'All your data has been deleted from this device.',
  'journal.data.deleteFailed':
    'Some data could not be deleted. Close other Acupress tabs and try again.',
  'journal.reminder.title': 'Reminders',
  'journal.reminder.intro':
    'Pick days and a time. You get a calendar file to add to your own calendar, and a gentle note here while the app is open.',
  'journal.reminder.days': 'Days',
  'journal.reminder.time': 'Time',
  'journal.reminder.save': 'Save and download the calendar file',
  'journal.reminder.saved': 'Reminder saved. Open the downloaded file to add it to your calendar.',
  'journal.reminder.needDay': 'Choose at least one day.',
  'journal.reminder.remove': 'Turn off the in-app reminder',
  'journal.reminder.removed':
    'The in-app reminder is off. Remove the event from your calendar too if you added it.',
  'journal.reminder.eventTitle': 'Acupress: time for your neck routine',
  'journal.reminder.eventBody':
    'Open Acupress when you are ready for a short routine. Skip it if now is not a good time.',
  'journal.day.MO': 'Monday',
  'journal.day.TU': 'Tuesday',
  'journal.day.WE': 'Wednesday',
  'journal.day.TH': 'Thursday',
  'journal.day.FR': 'Friday',
  'journal.day.SA': 'Saturday',
  'journal.day.SU': 'Sunday',
} as const;
