/** English messages of the About and Sources pages, the side words and common words. */
export const enCore = {
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
