import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { pointText } from '../../../i18n/point-text';
import { findPoint, type PointId } from '../../../domain/points';

/** On the guide page of GB21 and LI4: in pregnancy mode, says the point is left out and why. */
export function PregnancyNote({ pointId }: { readonly pointId: PointId }) {
  const point = findPoint(pointId);
  const isPregnant = useApp().health.answers.value.isPregnant;
  if (!isPregnant || !point.isAvoidedInPregnancy) return null;
  const why = pointText(pointId).cautions.pregnancy;
  return (
    <div class="alert pregnancy-note" role="note">
      <p>
        <strong>{t('safety.pregnancy.leftOut')}</strong> {why}
      </p>
      <p>
        <a href="/settings">{t('safety.pregnancy.changeInSettings')}</a>
      </p>
    </div>
  );
}
