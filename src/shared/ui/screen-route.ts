import type { ComponentType } from 'preact';
import type { MessagePart } from '../../i18n/i18n';

/**
 * A screen that loads when it is opened. Each feature lists its own in its routes.ts, and
 * src/routes.tsx makes each a lazy route that waits for the screen's code, the message parts it
 * shows and the models it shows, so that it renders whole, never waiting part-drawn for a word or
 * a model. src/catalogs/parts.test.ts reads these lists and checks that a screen's parts hold
 * every word its code can ask for.
 */
export interface ScreenRoute<Models> {
  readonly path: string;
  /** Written as an array of names, so that the parts' check can read it. */
  readonly parts: readonly MessagePart[];
  /** Written as `() => import('./ui/…').then((m) => m.Screen)`. */
  readonly screen: () => Promise<ComponentType>;
  /** The models the screen shows, loading. */
  readonly models?: (app: Models) => readonly Promise<unknown>[];
}
