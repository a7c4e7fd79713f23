import { lazy } from 'preact-iso';
import { loadMessages } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { trialRunningKey } from '../data';

// Home stays light: the trial's code, the database and the messages load only when settings say
// a trial is running.
const TrialToday = lazy(() =>
  Promise.all([import('./trial-today'), loadMessages(['journal', 'safety', 'trial', 'turn'])]).then(
    ([module]) => module.TrialToday,
  ),
);

/** Today's plan on Home while a personal trial runs; nothing otherwise. */
export function TrialTodaySlot() {
  return useApp().settings.read<boolean>(trialRunningKey) === true ? <TrialToday /> : null;
}
