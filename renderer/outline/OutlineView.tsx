import { useShallow } from 'zustand/react/shallow';
import { addPillar } from '../store/plan-actions';
import { selectPillarIds } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit } from './edit-keys';
import { PillarOutline } from './PillarOutline';
import { PlanHeader } from './PlanHeader';
import { UnalignedIdeas } from './UnalignedIdeas';
import { useT } from '../i18n/use-t';

/** The whole plan as a readable outline: pillar → objective → AI application → KPI. */
export function OutlineView() {
  const pillarIds = usePlanner(useShallow(selectPillarIds));
  const t = useT();
  return (
    <div className="outline">
      <PlanHeader />
      <section className="outline__matrix" aria-label={t('outline.pillars')}>
        {pillarIds.length === 0 && (
          <p className="outline__empty">{t('outline.pillars.none')}</p>
        )}
        <ol className="outline__pillars">
          {pillarIds.map((id, index) => (
            <PillarOutline key={id} id={id} index={index} />
          ))}
        </ol>
        <AddButton
          className="outline__add-pillar"
          onClick={addThenEdit('pillar', () => addPillar())}
        >
          {t('outline.pillar.add')}
        </AddButton>
      </section>
      <UnalignedIdeas />
    </div>
  );
}
