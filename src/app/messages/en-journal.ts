/** English messages owned by the journal feature. Keys start with "journal.". */
export const enJournal = {
  'journal.scale.pain': 'How much does your neck hurt right now?',
  'journal.scale.stiffness': 'How stiff does your neck feel right now?',
  'journal.scale.painAfter': 'How much does your neck hurt now, after the session?',
  'journal.scale.stiffnessAfter': 'How stiff does your neck feel now, after the session?',
  'journal.scale.hint': 'Choose a number from 0 to 10. You can skip this question.',
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
  'journal.before.title': 'Before you start (optional)',
  'journal.before.intro':
    'Rate your neck now, so you can compare after the session. Both questions are optional.',
  'journal.after.title': 'How do you feel now?',
  'journal.after.intro':
    'These questions are optional. Your answers stay on this device and help you see what works for you.',
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
  'journal.error.retry': 'Try saving again',
  'journal.error.export': 'Export unsaved sessions',
  'journal.persist.title': 'Keep your journal safe',
  'journal.persist.body':
    'Browsers may clear stored data when space runs low. You can ask this browser to keep your journal unless you delete it yourself.',
  'journal.persist.ask': 'Ask the browser to keep my journal',
  'journal.persist.later': 'Not now',
  'journal.persist.granted': 'The browser will keep your journal.',
  'journal.persist.refused':
    'The browser did not agree to keep your journal. Export it from time to time to keep a copy.',
} as const;
