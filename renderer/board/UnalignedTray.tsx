import { unalignedIdeasTitle } from '../../shared/labels';
import { addApplication } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { ApplicationList } from './ApplicationCard';
import { useDrag } from './drag-store';
import { selectApplicationIdsOfObjective } from '../store/plan-selectors';
import { QuickAdd } from './QuickAdd';

/** Tool-first ideas with no objective yet: type them in quickly, drag them onto an objective later. */
export function UnalignedTray() {
  const count = usePlanner((s) => selectApplicationIdsOfObjective(null)(s).length);
  return (
    <section className="tray" aria-labelledby="tray-title">
      <header className="tray__head">
        <h2 id="tray-title" className="tray__title">
          {unalignedIdeasTitle()} <span className="tray__count">({count})</span>
        </h2>
        <p className="tray__hint">AI ideas with no business objective yet. Drag each onto the objective it serves.</p>
      </header>
      <TrayDropArea />
      <QuickAdd label="Add idea" fieldLabel="New idea title" placeholder="Idea, then Enter" onAdd={(title) => addApplication(null, title)} />
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
