import type { HealthModel } from '../ports';
import type { SettingsStore } from '../../../shared/ports';
import type { SessionModel } from './session-model';
import { loadSetup, startOptionsOf } from './session-setup';

/**
 * Home's "Start with last time's settings": the remembered set-up, started in one tap. The
 * session loads when the user heads for the button (`prepare`), so that the tap itself starts
 * the sound (browsers unlock audio only inside the gesture).
 */
export interface StartAgain {
  prepare(): Promise<SessionModel>;
  /**
   * Starts the session with the remembered set-up. 'open-session' when the session screen has
   * to decide instead: the safety check is not done or no longer current (it then asks the
   * missing step, as for any session), a session already runs, or one waits to be resumed.
   */
  start(): Promise<'started' | 'open-session'>;
}

export interface StartAgainDeps {
  readonly session: () => Promise<SessionModel>;
  readonly health: HealthModel;
  readonly settings: SettingsStore;
}

export function createStartAgain(deps: StartAgainDeps): StartAgain {
  let prepared: Promise<SessionModel> | null = null;
  let model: SessionModel | null = null;
  const startOptions = () =>
    startOptionsOf(loadSetup(deps.settings), deps.health.answers.value.isPregnant);
  const prepare = () => {
    prepared ??= deps.session().then(async (loaded) => {
      if (loaded.status.value !== 'running') await loaded.checkForResumable();
      // The one-tap start is cued as set-up's is: the track rendered and loaded, paused, so
      // that the tap only plays it.
      if (loaded.status.value !== 'running' && !loaded.resumable.value) {
        loaded.cueTrack(startOptions());
      }
      model = loaded;
      return loaded;
    });
    prepared.catch(() => (prepared = null));
    return prepared;
  };
  return {
    prepare,
    async start() {
      if (!deps.health.isScreeningDone.value) return 'open-session';
      const loaded = model ?? (await prepare());
      if (loaded.status.value === 'running' || loaded.resumable.value) return 'open-session';
      return (await loaded.start(startOptions())) ? 'started' : 'open-session';
    },
  };
}
