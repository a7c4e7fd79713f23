import { lazy } from 'preact-iso';
import { loadMessages } from '../../../i18n/i18n';
import { services } from '../../../services';
import { trialRunningKey } from '../app-trial-key';

// Home stays light: the trial's code, the database and the messages load only when settings say
// a trial is running.
const TrialToday = lazy(() =>
  Promise.all([import('./trial-today'), loadMessages()]).then(([module]) => module.TrialToday),
);

/** Today's plan on Home while a personal trial runs; nothing otherwise. */
export function TrialTodaySlot() {
  return services().settings.read<boolean>(trialRunningKey) === true ? <TrialToday /> : null;
}
