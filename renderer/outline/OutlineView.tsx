import { useShallow } from 'zustand/react/shallow';
import { addPillar } from '../store/plan-actions';
import { selectPillarIds } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit } from './edit-keys';
import { PillarOutline } from './PillarOutline';
import { PlanHeader } from './PlanHeader';
import { UnalignedIdeas } from './UnalignedIdeas';

/** The whole plan as a readable outline: pillar → objective → AI application → KPI. */
export function OutlineView() {
  const pillarIds = usePlanner(useShallow(selectPillarIds));
  return (
    <div className="outline">
      <PlanHeader />
      <section className="outline__matrix" aria-label="Strategic pillars">
        {pillarIds.length === 0 && (
          <p className="outline__empty">
            No pillars yet. A pillar is a strategic direction such as “Customer Acquisition” or “Operational
            Efficiency”: start with two to four.
          </p>
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
          Add pillar
        </AddButton>
      </section>
      <UnalignedIdeas />
    </div>
  );
}
