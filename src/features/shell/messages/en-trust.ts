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
  'trust.licenses.use.voice': 'the spoken cues (voice clips made when the app is built)',
} as const;
