import { useT } from '../../i18n/use-t';

/** Replaced by the ideas panel of #17 (work in progress in this session). */
export function IdeasPanel() {
  const t = useT();
  return <p className="insight-page__lead">{t('workshop.lead')}</p>;
}
