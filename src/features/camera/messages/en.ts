/** English messages owned by the camera feature. Keys start with "camera.". */
export const enCamera = {
  'camera.open': 'Show me on my hand',
  'camera.openLeft': 'Camera: my left hand',
  'camera.openRight': 'Camera: my right hand',
  'camera.title': 'Find the point on your hand',
  'camera.intro':
    'Hold the back of your {hand} in front of the camera. The picture stays on this device: nothing is sent or saved.',
  'camera.hand.left': 'left hand',
  'camera.hand.right': 'right hand',
  'camera.video': 'Camera view of your hand, with the search zone drawn on it',
  'camera.starting': 'Starting the camera…',
  'camera.loading': 'Getting the hand finder ready: {loaded} of {total} MB.',
  'camera.loadingCached': 'Starting the hand finder…',
  'camera.loadingFirst': 'The first time, this downloads {total} MB. After that it works offline.',
  'camera.progress': 'Download progress',
  'camera.searching': 'Looking for your hand…',
  'camera.tracking':
    'Start here, then feel around: move your fingertip around in the circle until you find the tender hollow.',
  'camera.wrongHand': 'That is your {shown}. Show the back of your {hand}.',
  'camera.palm': 'That is your palm. Show the back of your {hand}.',
  'camera.noHand':
    'No hand found for a few seconds. Hold the back of your {hand} in front of the camera, a little further away, in good light.',
  'camera.lowLight': 'It is too dark to see your hand. Turn on a light or face a window.',
  'camera.problem.no-camera':
    'No camera was found on this device. The drawn guide shows where the point is.',
  'camera.problem.denied':
    'Camera access is turned off for this app. You can allow it in your browser’s site settings, or use the drawn guide.',
  'camera.problem.in-use':
    'The camera is being used by another app. Close that app and try again, or use the drawn guide.',
  'camera.problem.unsupported':
    'This browser cannot use the camera here. The drawn guide shows where the point is.',
  'camera.problem.failed': 'The camera did not start. Try again, or use the drawn guide.',
  'camera.problem.model-failed':
    'The hand finder could not start on this device. The drawn guide shows where the point is.',
  'camera.retry': 'Try again',
  'camera.guide': 'Show the drawn guide',
  'camera.close': 'Close the camera',
  'camera.privacy': 'The camera turns off as soon as you close this view.',
  'camera.licence': 'Hand model: MediaPipe, Apache License 2.0',
  'camera.markHelp':
    'Found the tender spot? Tap it on the picture, or move the marker with the arrow keys and press Enter, to save it as your spot.',
  'camera.markArea':
    'Your hand: tap your tender spot, or move the marker with the arrow keys and press Enter',
  'camera.markNoHand': 'Hold the back of your {hand} in view first, then tap your spot.',
  'camera.zoneLabel': 'Search zone',
} as const;
