import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { addApplication, renameObjective } from '../store/plan-actions';
import { selectApplicationIdsOfObjective, selectObjective } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { ApplicationOutline } from './ApplicationOutline';
import { addThenEdit, draftFollows, nextSiblingOnEnter, titleEditKey } from './edit-keys';
import { DraftSibling } from './DraftSibling';
import { useSelectable } from './use-selectable';
import { useT } from '../i18n/use-t';

export function ObjectiveOutline({ id }: { id: string }) {
  const objective = usePlanner((s) => selectObjective(id)(s));
  const applicationIds = usePlanner(useShallow(selectApplicationIdsOfObjective(id)));
  const selectable = useSelectable('objective', id);
  const draftAfter = usePlanner(draftFollows('objective', id));
  const t = useT();
  if (!objective) return null;
  return (
    <>
      <li className="objective" data-testid="objective" {...selectable}>
        <div className="objective__head">
          <span className="level-tag level-tag--objective">{t('outline.objective.tag')}</span>
          <EditableText
            as="h3"
            className="objective__title"
            label={t('outline.objective.titleLabel')}
            value={objective.title}
            editKey={titleEditKey('objective', id)}
            onEditEnd={nextSiblingOnEnter('objective', id)}
            onCommit={(title) => renameObjective(id, title)}
          />
          <AddButton
            label={objective.title ? t('outline.application.addTo', { title: objective.title }) : t('outline.application.addToThisObjective')}
            onClick={addThenEdit('application', () => addApplication(id))}
          >
            {t('outline.application.add')}
          </AddButton>
        </div>
        {applicationIds.length === 0 ? (
          <p className="outline__missing">{t('outline.application.none')}</p>
        ) : (
          <ul className="objective__applications">
            {applicationIds.map((applicationId) => (
              <ApplicationOutline key={applicationId} id={applicationId} />
            ))}
          </ul>
        )}
      </li>
      {draftAfter && <DraftSibling after={{ kind: 'objective', id }} kind="objective" />}
    </>
  );
}
