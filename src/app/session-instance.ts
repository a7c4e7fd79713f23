import { services } from './services';
import { createSessionModel, type SessionModel } from './session-model';

/**
 * The one session model of this page. It lives outside the screens, so a session keeps running
 * while the user opens the guide or another screen, and it loads its platform on first use.
 */
let instance: Promise<SessionModel> | null = null;

export function sessionModel(): Promise<SessionModel> {
  instance ??= services()
    .loadSessionPlatform()
    .then((platform) =>
      createSessionModel(platform, {
        epochNowMs: () => Date.now(),
        newId: () => crypto.randomUUID(),
      }),
    )
    .catch((error: unknown) => {
      instance = null;
      throw error;
    });
  return instance;
}
