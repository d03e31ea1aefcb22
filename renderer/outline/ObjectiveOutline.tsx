import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { addApplication, renameObjective } from '../store/plan-actions';
import { selectApplicationIdsOfObjective, selectObjective } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { ApplicationOutline } from './ApplicationOutline';
import { addThenEdit, titleEditKey } from './edit-keys';
import { useSelectable } from './use-selectable';

export function ObjectiveOutline({ id }: { id: string }) {
  const objective = usePlanner((s) => selectObjective(id)(s));
  const applicationIds = usePlanner(useShallow(selectApplicationIdsOfObjective(id)));
  const selectable = useSelectable('objective', id);
  if (!objective) return null;
  return (
    <li className="objective" data-testid="objective" {...selectable}>
      <div className="objective__head">
        <span className="level-tag level-tag--objective">Objective</span>
        <EditableText
          as="h3"
          className="objective__title"
          label="Objective title"
          value={objective.title}
          editKey={titleEditKey('objective', id)}
          onCommit={(title) => renameObjective(id, title)}
        />
        <AddButton
          label={`Add AI application to ${objective.title || 'this objective'}`}
          onClick={addThenEdit('application', () => addApplication(id))}
        >
          Add AI application
        </AddButton>
      </div>
      {applicationIds.length === 0 ? (
        <p className="outline__missing">No AI application yet: how could AI help reach this objective?</p>
      ) : (
        <ul className="objective__applications">
          {applicationIds.map((applicationId) => (
            <ApplicationOutline key={applicationId} id={applicationId} />
          ))}
        </ul>
      )}
    </li>
  );
}
