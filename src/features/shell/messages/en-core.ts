/** English messages of the point guide, the About and Sources pages, and common words. */
export const enCore = {
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
  'about.title': 'About Acupress',
  'sources.title': 'Sources',
  'sources.intro':
    'Every fact about the points, the cautions and the warning signs comes from these sources.',
  'common.loading': 'Loading…',
  'common.loadFailed':
    'This part of the app could not be loaded. Check that the app is up to date and try again.',
  'side.hand.left': 'left hand',
  'side.hand.right': 'right hand',
  'side.body.left': 'left side',
  'side.body.right': 'right side',
  'side.shoulder.left': 'left shoulder',
  'side.shoulder.right': 'right shoulder',
} as const;
