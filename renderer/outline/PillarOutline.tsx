import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { addObjective, renamePillar } from '../store/plan-actions';
import { selectObjectiveIdsOfPillar, selectPillar } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit, titleEditKey } from './edit-keys';
import { ObjectiveOutline } from './ObjectiveOutline';
import { useSelectable } from './use-selectable';

export function PillarOutline({ id, index }: { id: string; index: number }) {
  const pillar = usePlanner((s) => selectPillar(id)(s));
  const objectiveIds = usePlanner(useShallow(selectObjectiveIdsOfPillar(id)));
  const selectable = useSelectable('pillar', id);
  if (!pillar) return null;
  return (
    <li className="pillar" data-testid="pillar" {...selectable}>
      <div className="pillar__head">
        <span className="level-tag level-tag--pillar">Pillar {index + 1}</span>
        <EditableText
          as="h2"
          className="pillar__title"
          label="Pillar title"
          value={pillar.title}
          editKey={titleEditKey('pillar', id)}
          onCommit={(title) => renamePillar(id, title)}
        />
        <AddButton
          label={`Add objective to ${pillar.title || 'this pillar'}`}
          onClick={addThenEdit('objective', () => addObjective(id))}
        >
          Add objective
        </AddButton>
      </div>
      {objectiveIds.length === 0 ? (
        <p className="outline__missing">No objective yet: what should this pillar achieve in the next 1–3 years?</p>
      ) : (
        <ul className="pillar__objectives">
          {objectiveIds.map((objectiveId) => (
            <ObjectiveOutline key={objectiveId} id={objectiveId} />
          ))}
        </ul>
      )}
    </li>
  );
}
