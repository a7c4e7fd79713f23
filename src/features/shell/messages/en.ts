/**
 * English messages of the first screen: the header and footer, home, not found and the notes
 * that can show there (reminder). Every other English message loads with the first lazy screen
 * (src/i18n/i18n.ts), so the first screen carries only these; a unit test checks that they are all
 * the first screen uses.
 */
export const enShell = {
  'app.name': 'Acupress',
  'app.tagline': 'A guided acupressure routine for a stiff neck',
  'nav.home': 'Home',
  'nav.points': 'Points',
  'nav.help': 'When to seek help',
  'nav.about': 'About',
  'nav.sources': 'Sources',
  'nav.settings': 'Settings',
  'nav.main': 'Main',
  'nav.more': 'More',
  'nav.skip': 'Skip to content',
  'journal.nav': 'History',
  'home.title': 'A calm, guided routine for a stiff neck',
  'home.intro':
    'Acupress guides you through the five acupressure points of a published self-care article for a stiff or sore neck. It tells you where each point is, which hand or side to press, and for how long, with cues you can follow with the screen off.',
  'home.private': 'Everything stays on this device. No account, no tracking, works offline.',
  'home.start': 'Start a session',
  'home.startLast': "Start with last time's settings",
  'home.startLastHelp': 'The same points, times and cues as your last session.',
  'stopSigns.line':
    'Stop at once with dizziness, feeling sick, changes in your vision, tingling or numbness.',
  'home.points': 'The five points',
  'home.pointsIntro': 'Learn where each point is before you start.',
  'home.notCare':
    'This is a comfort and relaxation routine, not a diagnosis or treatment. If something feels wrong, check when to seek help.',
  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist.',
  'journal.reminder.banner':
    'It is the time you chose for your neck routine. Start it whenever you are ready.',
  'journal.reminder.bannerStart': 'Start a session',
  'journal.reminder.bannerDismiss': 'Not today',
  'journal.reminder.label': 'Reminder',
} as const;
