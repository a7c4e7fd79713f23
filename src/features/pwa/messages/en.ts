/** English messages owned by the pwa feature. Keys start with "pwa.". */
export const enPwa = {
  'pwa.update.ready': 'A new version is ready.',
  'pwa.update.reload': 'Reload',
  'pwa.install.title': 'Keep Acupress on your home screen',
  'pwa.install.body':
    'Install it to open it like any other app, full screen and without a network, the next time your neck is stiff.',
  'pwa.install.button': 'Install Acupress',
  'pwa.install.manual':
    'To install it, open your browser’s menu and choose Install or Add to Home Screen. On an iPhone or iPad, tap Share, then Add to Home Screen.',
  'pwa.install.dismiss': 'No, thanks',
} as const;
