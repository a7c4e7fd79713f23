// The benchmarks measure a returning user: screened already, so no screening screen stands in
// the way of what they time.

/** Makes every page of `context` start as a screened returning user. */
export function asScreenedUser(context) {
  return context.addInitScript(() => {
    if (!localStorage.getItem('acupress.health')) {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ isPregnant: false, isAdult: true, screenedAtEpochMs: Date.now() }),
      );
    }
  });
}
