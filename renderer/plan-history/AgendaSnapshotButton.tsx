import { useT } from '../i18n/use-t';
import { runCommand } from '../commands/commands';

/** At the end of the workshop agenda: keep the plan as the room agreed it (File › Take Snapshot…). */
export function AgendaSnapshotButton() {
  const t = useT();
  return (
    <div className="agenda-snapshot">
      <button type="button" className="button agenda-snapshot__button" data-command="take-snapshot" onClick={() => runCommand('take-snapshot')}>
        {t('planHistory.take.agenda')}
      </button>
      <p className="agenda-snapshot__hint">{t('planHistory.take.agendaHint')}</p>
    </div>
  );
}
