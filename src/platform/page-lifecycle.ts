import type { PageLifecycle } from '../features/session/ports';
import type { PageShown } from '../shared/ports';

/**
 * The page's visibility and its going away (Page Lifecycle events). `pagehide` is the last
 * event a reload or a closed tab is sure to fire, and `visibilitychange` to hidden the last one
 * a page closed from the app switcher may get (iOS and Android fire no `pagehide` then).
 */
export function createPageLifecycle(win: Window = window): PageLifecycle {
  return {
    watch({ hidden, visible }) {
      const doc = win.document;
      const onVisibility = () => (doc.visibilityState === 'hidden' ? hidden() : visible());
      doc.addEventListener('visibilitychange', onVisibility);
      win.addEventListener('pagehide', hidden);
      return () => {
        doc.removeEventListener('visibilitychange', onVisibility);
        win.removeEventListener('pagehide', hidden);
      };
    },
  };
}

/** The page shown again: `visibilitychange` to visible. */
export function createPageShown(doc: Document = document): PageShown {
  return {
    onShown(listener) {
      const onVisibility = () => {
        if (doc.visibilityState === 'visible') listener();
      };
      doc.addEventListener('visibilitychange', onVisibility);
      return () => doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
