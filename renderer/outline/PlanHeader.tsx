import { formatMonth } from '../../shared/i18n/format';
import { addMonths } from '../../shared/roadmap/months';
import { EditableText } from '../components/EditableText';
import { updateMeta } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { useLocale } from '../i18n/use-t';
import { translator } from '../../shared/i18n/translator';

export function PlanHeader() {
  const title = usePlanner((s) => s.plan?.meta.title ?? '');
  const organisation = usePlanner((s) => s.plan?.meta.organisation ?? '');
  const start = usePlanner((s) => s.plan?.meta.horizonStart ?? null);
  const months = usePlanner((s) => s.plan?.meta.horizonMonths ?? 0);
  const locale = useLocale();
  const t = translator(locale);
  return (
    <header className="plan-header">
      <EditableText as="h1" className="plan-header__title" label={t('outline.plan.titleLabel')} value={title} onCommit={(v) => updateMeta({ title: v })} />
      <div className="plan-header__facts">
        <EditableText
          className="plan-header__organisation"
          label={t('outline.plan.organisation')}
          placeholder={t('outline.plan.organisationPlaceholder')}
          value={organisation}
          allowEmpty
          onCommit={(v) => updateMeta({ organisation: v })}
        />
        {start && (
          <span className="plan-header__horizon">
            {t('outline.plan.horizon', { months, start: formatMonth(start, locale), end: formatMonth(addMonths(start, months - 1), locale) })}
          </span>
        )}
      </div>
    </header>
  );
}
