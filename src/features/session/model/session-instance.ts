import { effect } from '@preact/signals';
import { services } from '../../../services';
import { createSessionModel, type SessionModel } from './session-model';
import { sessionActive } from '../../pwa';

/**
 * The one session model of this page. It lives outside the screens, so a session keeps running
 * while the user opens the guide or another screen, and it loads its platform on first use.
 */
let instance: Promise<SessionModel> | null = null;

export function sessionModel(): Promise<SessionModel> {
  instance ??= services()
    .loadSessionPlatform()
    .then((platform) => {
      const model = createSessionModel(platform, {
        epochNowMs: () => Date.now(),
        newId: () => crypto.randomUUID(),
      });
      // The update prompt and install hint never interrupt a running session.
      effect(() => {
        sessionActive.value = model.isActive.value;
      });
      return model;
    })
    .catch((error: unknown) => {
      instance = null;
      throw error;
    });
  return instance;
}
