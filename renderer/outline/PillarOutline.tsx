import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { addObjective, renamePillar } from '../store/plan-actions';
import { selectObjectiveIdsOfPillar, selectPillar } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit, draftFollows, nextSiblingOnEnter, titleEditKey } from './edit-keys';
import { ObjectiveOutline } from './ObjectiveOutline';
import { DraftSibling } from './DraftSibling';
import { useSelectable } from './use-selectable';
import { useT } from '../i18n/use-t';
import { OutlineList } from './OutlineList';
import { heldObjectivesOf, objectiveEstimate } from './outline-window';

export function PillarOutline({ id, index }: { id: string; index: number }) {
  const pillar = usePlanner((s) => selectPillar(id)(s));
  const objectiveIds = usePlanner(useShallow(selectObjectiveIdsOfPillar(id)));
  const selectable = useSelectable('pillar', id);
  const draftAfter = usePlanner(draftFollows('pillar', id));
  const heldObjectives = usePlanner(heldObjectivesOf(id));
  const t = useT();
  if (!pillar) return null;
  return (
    <>
      <li className="pillar" data-testid="pillar" {...selectable}>
        <div className="pillar__head">
          <span className="level-tag level-tag--pillar">{t('outline.pillar.tag', { number: index + 1 })}</span>
          <EditableText
            as="h2"
            className="pillar__title"
            label={t('outline.pillar.titleLabel')}
            value={pillar.title}
            editKey={titleEditKey('pillar', id)}
            onEditEnd={nextSiblingOnEnter('pillar', id)}
            onCommit={(title) => renamePillar(id, title)}
          />
          <AddButton
            label={pillar.title ? t('outline.objective.addTo', { title: pillar.title }) : t('outline.objective.addToThisPillar')}
            onClick={addThenEdit('objective', () => addObjective(id))}
          >
            {t('outline.objective.add')}
          </AddButton>
        </div>
        {objectiveIds.length === 0 ? (
          <p className="outline__missing">{t('outline.objective.none')}</p>
        ) : (
          <OutlineList
            className="pillar__objectives"
            ids={objectiveIds}
            kind="outline-objective"
            estimate={objectiveEstimate}
            held={heldObjectives}
            renderItem={(objectiveId) => <ObjectiveOutline key={objectiveId} id={objectiveId} />}
          />
        )}
      </li>
      {draftAfter && <DraftSibling after={{ kind: 'pillar', id }} kind="pillar" pillarNumber={index + 2} />}
    </>
  );
}
