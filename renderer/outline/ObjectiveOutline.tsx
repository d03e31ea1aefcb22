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
import { windowItemProps } from '../components/list-window';
import { OutlineList } from './OutlineList';
import { applicationEstimate, heldApplicationsOf } from './outline-window';

export function ObjectiveOutline({ id }: { id: string }) {
  const objective = usePlanner((s) => selectObjective(id)(s));
  const applicationIds = usePlanner(useShallow(selectApplicationIdsOfObjective(id)));
  const selectable = useSelectable('objective', id);
  const draftAfter = usePlanner(draftFollows('objective', id));
  const heldApplications = usePlanner(heldApplicationsOf(id));
  const t = useT();
  if (!objective) return null;
  return (
    <>
      <li className="objective" data-testid="objective" {...selectable} {...windowItemProps(id)}>
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
          <OutlineList
            className="objective__applications"
            ids={applicationIds}
            kind="outline-application"
            estimate={applicationEstimate}
            held={heldApplications}
            renderItem={(applicationId) => <ApplicationOutline key={applicationId} id={applicationId} />}
          />
        )}
      </li>
      {draftAfter && <DraftSibling after={{ kind: 'objective', id }} kind="objective" />}
    </>
  );
}
