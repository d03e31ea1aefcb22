import { useState } from 'react';
import { unalignedIdeasTitle } from '../../shared/labels';
import { addApplication } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { ApplicationList } from './ApplicationCard';
import { useDrag } from './drag-store';
import { selectApplicationIdsOfObjective } from '../store/plan-selectors';
import { QuickAdd } from './QuickAdd';
import { useT } from '../i18n/use-t';

/**
 * Tool-first ideas with no objective yet: type them in quickly, drag them onto an objective later.
 * While empty the tray folds to a slim strip, so the pillars get the room; the strip still takes a
 * dropped card, and its Add idea button unfolds it with the field open.
 */
export function UnalignedTray() {
  const count = usePlanner((s) => selectApplicationIdsOfObjective(null)(s).length);
  const t = useT();
  const [unfolded, setUnfolded] = useState(false);
  const [typing, setTyping] = useState(false);
  const title = (
    <h2 id="tray-title" className="tray__title">
      {unalignedIdeasTitle(t)} <span className="tray__count">({count})</span>
    </h2>
  );
  if (count === 0 && !unfolded)
    return (
      <section className="tray tray--folded" aria-labelledby="tray-title" data-folded="">
        <button
          type="button"
          className="tray__unfold"
          aria-label={t('board.tray.add')}
          title={t('board.tray.add')}
          aria-expanded={false}
          onClick={() => {
            setUnfolded(true);
            setTyping(true);
          }}
        >
          <span aria-hidden="true">+</span>
        </button>
        {title}
        <TrayDropArea />
      </section>
    );
  return (
    <section className="tray" aria-labelledby="tray-title">
      <header className="tray__head">
        <div className="tray__head-row">
          {title}
          {count === 0 && (
            <button type="button" className="tray__fold" aria-label={t('board.tray.fold')} title={t('board.tray.fold')} aria-expanded={true} onClick={() => setUnfolded(false)}>
              <span aria-hidden="true">◂</span>
            </button>
          )}
        </div>
        <p className="tray__hint">{t('board.tray.hint')}</p>
      </header>
      <TrayDropArea />
      <QuickAdd
        label={t('board.tray.add')}
        fieldLabel={t('board.tray.newTitle')}
        placeholder={t('board.tray.placeholder')}
        onAdd={(title) => addApplication(null, title)}
        startOpen={typing}
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
