import { unalignedIdeasTitle } from '../../shared/labels';
import { addApplication } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { ApplicationList } from './ApplicationCard';
import { useDrag } from './drag-store';
import { selectApplicationIdsOfObjective } from '../store/plan-selectors';
import { QuickAdd } from './QuickAdd';
import { useT } from '../i18n/use-t';

/** Tool-first ideas with no objective yet: type them in quickly, drag them onto an objective later. */
export function UnalignedTray() {
  const count = usePlanner((s) => selectApplicationIdsOfObjective(null)(s).length);
  const t = useT();
  return (
    <section className="tray" aria-labelledby="tray-title">
      <header className="tray__head">
        <h2 id="tray-title" className="tray__title">
          {unalignedIdeasTitle(t)} <span className="tray__count">({count})</span>
        </h2>
        <p className="tray__hint">{t('board.tray.hint')}</p>
      </header>
      <TrayDropArea />
      <QuickAdd
        label={t('board.tray.add')}
        fieldLabel={t('board.tray.newTitle')}
        placeholder={t('board.tray.placeholder')}
        onAdd={(title) => addApplication(null, title)}
      />
    </section>
  );
}

function TrayDropArea() {
  const isOver = useDrag((s) => s.target?.kind === 'application' && s.target.parentId === null);
  return (
    // data-drop-list: a place to drop of its own (the tray has no parent item to drop onto).
    <div className={`tray__drop${isOver ? ' tray__drop--over' : ''}`} data-testid="tray-drop" data-drop-list="">
      <ApplicationList objectiveId={null} />
    </div>
  );
}
