import { health, isScreeningDone } from '../../safety';
import { loadMessages } from '../../../i18n/i18n';
import { recordSessionStart } from './last-session';
import { services } from '../../../services';
import { sessionModel } from './session-instance';
import type { SessionModel } from './session-model';
import { loadSetup, startOptionsOf } from './session-setup';

/**
 * Home's "Start with last time's settings": the remembered set-up, started in one tap. The
 * session loads when the user heads for the button, so that the tap itself starts the sound
 * (browsers unlock audio only inside the gesture).
 */
let prepared: Promise<SessionModel> | null = null;
let model: SessionModel | null = null;

export function prepareStartAgain(): Promise<SessionModel> {
  prepared ??= Promise.all([sessionModel(), loadMessages()]).then(async ([loaded]) => {
    if (loaded.status.value !== 'running') await loaded.checkForResumable();
    model = loaded;
    return loaded;
  });
  prepared.catch(() => (prepared = null));
  return prepared;
}

/**
 * Starts the session with the remembered set-up. 'open-session' when the session screen has to
 * decide instead: the safety check is not done or no longer current (it then asks the missing
 * step, as for any session), a session already runs, or one waits to be resumed.
 */
export async function startAgain(epochNowMs: number): Promise<'started' | 'open-session'> {
  if (!isScreeningDone()) return 'open-session';
  const loaded = model ?? (await prepareStartAgain());
  if (loaded.status.value === 'running' || loaded.resumable.value) return 'open-session';
  const settings = services().settings;
  const start = loaded.start(startOptionsOf(loadSetup(settings), health.value.isPregnant));
  recordSessionStart(settings, epochNowMs);
  return (await start) ? 'started' : 'open-session';
}
