import './presenting.css';
import { useEffect } from 'react';
import { VIEW_CATALOGUE } from '../../shared/commands/command-catalogue';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { useAgendaRun } from '../workshop/agenda/agenda-run-store';
import { stopPresenting, usePresenting } from './presenting';
import { usePresentingKeys } from './use-presenting-keys';

/** Presenting mode's keys, and while presenting the slim bar that names the view and the keys. */
export function PresentingHost() {
  usePresentingKeys();
  const presenting = usePresenting();
  const hasPlan = usePlanner((s) => s.plan !== null);
  // A plan closed while presenting leaves nothing to present.
  useEffect(() => {
    if (presenting && !hasPlan) stopPresenting();
  }, [presenting, hasPlan]);
  return presenting && hasPlan ? <PresentingBar /> : null;
}

function PresentingBar() {
  const t = useT();
  const activeView = usePlanner((s) => s.activeView);
  const at = Math.max(0, VIEW_CATALOGUE.findIndex((view) => view.id === activeView));
  const view = VIEW_CATALOGUE[at]!;
  // While the off-site's agenda runs, the same keys page through its steps (use-presenting-keys.ts).
  const agendaRuns = useAgendaRun((s) => s.stepId !== null);
  return (
    <footer className="presenting-bar" aria-label={t('present.region')}>
      <span className="presenting-bar__view" role="status">
        {t('present.position', { view: t(view.labelKey), position: at + 1, count: VIEW_CATALOGUE.length })}
      </span>
      <span className="presenting-bar__keys">{agendaRuns ? t('workshopAgenda.presentKeys') : t('present.keys')}</span>
    </footer>
  );
}
