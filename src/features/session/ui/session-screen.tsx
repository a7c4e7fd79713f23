import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import type { SessionModel } from '../model/session-model';
import { usePageTitle } from '../../../shared/ui/page-title';
import { SetupView } from './setup-view';
import { HoldView } from './hold-view';
import { DoneView } from './done-view';
import { ResumeCard } from './resume-card';
import './session.css';

/** The guided session: set-up, the holds, and the end. */
export function SessionScreen() {
  usePageTitle(t('session.title'));
  const { route } = useLocation();
  const [model, setModel] = useState<SessionModel | null>(null);
  const [failed, setFailed] = useState(false);
  // The session's guard: typed /session, Home's link and a resumed session all pass here, so
  // no one starts a session without the list read and "Yes, I am 18 or older".
  const app = useApp();
  const needed = app.health.stepNeeded.value;
  const screened = needed === undefined;

  useEffect(() => {
    if (needed !== undefined) {
      route(`/safety?next=/session${needed === 'health' ? '&step=health' : ''}`, true);
      return;
    }
    let alive = true;
    // The spots (and with them the journal) load beside the session, so that the hold's picture
    // and the after-session questions never wait for their code mid-session.
    Promise.all([app.session.load(), app.spots.load()])
      .then(async ([loaded]) => {
        if (loaded.status.value !== 'running') await loaded.checkForResumable();
        if (alive) setModel(loaded);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [screened]);

  if (failed) {
    return (
      <p role="alert" class="alert">
        {t('common.loadFailed')}
      </p>
    );
  }
  if (!model) return <p aria-busy="true">{t('common.loading')}</p>;
  return <SessionStates model={model} />;
}

function SessionStates({ model }: { model: SessionModel }) {
  const status = model.status.value;
  if (status === 'running') return <HoldView model={model} />;
  if (status === 'done' && model.record.value)
    return <DoneView model={model} record={model.record.value} />;
  if (model.resumable.value) return <ResumeCard model={model} checkpoint={model.resumable.value} />;
  return <SetupView model={model} />;
}
