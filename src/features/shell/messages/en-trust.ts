/** English messages owned by the trust feature. Keys start with "trust.". */
export const enTrust = {
  'trust.licenses.title': 'Open-source licences',
  'trust.licenses.link': 'Open-source licences',
  'trust.licenses.intro':
    'Acupress is built with open-source software. These are the packages that ship inside the app, with their licences.',
  'trust.licenses.count.one': '{count} package.',
  'trust.licenses.count.other': '{count} packages.',
  'trust.licenses.package': '{name}, version {version}',
  'trust.licenses.license': 'Licence: {license}',
  'trust.licenses.usedFor': 'Used for: {use}',
  'trust.licenses.project': 'Project address: {url}',
  'trust.licenses.showText': 'Show the licence text of {name}',
  'trust.licenses.sameText':
    'This package has no licence file of its own. Its licence is the same as that of {other}, shown in that package’s licence text.',
  'trust.licenses.use.app': 'the app itself',
  'trust.licenses.use.cameraModel': 'the hand model of camera mode',
  'trust.licenses.use.serviceWorker': 'working offline (the service worker)',
  'trust.a11y.link': 'Accessibility statement',
  'trust.a11y.title': 'Accessibility statement',
  'trust.a11y.intro':
    'Acupress is meant for everyone who wants a guided routine for a stiff neck, whatever device, browser or assistive technology they use. This statement says which standard we aim for, how the app is tested, what we know is not accessible yet and what has not been tested.',
  'trust.a11y.standardTitle': 'The standard we aim for',
  'trust.a11y.standardBody': 'The Web Content Accessibility Guidelines (WCAG) 2.2, level AA.',
  'trust.a11y.testedTitle': 'How it is tested',
  'trust.a11y.testedEngines':
    'Automated checks with axe-core and the WCAG 2.2 AA rules, in three browser engines: Chromium (Chrome, Edge and most Android browsers), WebKit (Safari, and every browser on iPhone and iPad) and Firefox.',
  'trust.a11y.testedAll':
    'In all three engines: the home screen, the session set-up, a session running and History pass axe, and a first session, from the warning signs to a saved journal entry, is taken through controls found by the names a screen reader announces.',
  'trust.a11y.testedChromium':
    'In Chromium also: the warning signs, every state of a session, History as a table and with an import error, settings, help, about, sources, licences, the app offline, and pages at 320 and 640 pixels wide.',
  'trust.a11y.testedKeyboard':
    'By keyboard only (Tab, Enter, Space and the arrow keys): in all three engines, from the home screen through a session to a saved journal entry; in Chromium, a whole first session from the warning signs.',
  'trust.a11y.lastRun':
    'These checks last passed in all three engines on {date}. They run again on every change to the app.',
  'trust.a11y.knownTitle': 'What is not accessible yet',
  'trust.a11y.knownCamera':
    'Camera mode (“Show me on my hand”) draws the point on the live picture of your hand, so it needs sight. Without sight, use the spoken guide instead: the written steps on each point’s page, which a screen reader reads, and the session’s spoken cues.',
  'trust.a11y.knownDrawings':
    'The drawings of the points have text descriptions, but their fine detail is only in the written steps beside them.',
  'trust.a11y.knownWebKit':
    'The WebKit we test with runs on Linux, not on an iPhone: sound with the screen locked, and VoiceOver, can behave differently on a phone.',
  'trust.a11y.notTestedTitle': 'What has not been tested',
  'trust.a11y.notTestedBody':
    'Screen readers on real devices: VoiceOver on iPhone and Mac, TalkBack on Android and NVDA on Windows. The steps to test them by hand are in docs/real-devices.md in the app’s source code.',
  'trust.licenses.use.voice': 'the spoken cues (voice clips made when the app is built)',
} as const;
