import { unalignedIdeasTitle } from '../../shared/labels';
import { useShallow } from 'zustand/react/shallow';
import { addApplication } from '../store/plan-actions';
import { selectApplicationIdsOfObjective } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { ApplicationOutline } from './ApplicationOutline';
import { addThenEdit } from './edit-keys';
import { useT } from '../i18n/use-t';
import { OutlineList } from './OutlineList';
import { applicationEstimate, heldApplicationsOf } from './outline-window';

const selectUnaligned = selectApplicationIdsOfObjective(null);
const selectHeldUnaligned = heldApplicationsOf(null);

/** AI applications with no objective yet: tool-first ideas waiting to be tied to the strategy. */
export function UnalignedIdeas() {
  const ids = usePlanner(useShallow(selectUnaligned));
  const held = usePlanner(selectHeldUnaligned);
  const t = useT();
  return (
    <section className="unaligned" aria-labelledby="unaligned-title">
      <h2 id="unaligned-title" className="unaligned__title">
        {unalignedIdeasTitle(t)} <span className="unaligned__count">({ids.length})</span>
      </h2>
      <p className="unaligned__hint">{t('outline.unaligned.hint')}</p>
      {ids.length > 0 && (
        <OutlineList
          className="unaligned__list"
          ids={ids}
          kind="outline-application"
          estimate={applicationEstimate}
          held={held}
          renderItem={(id) => <ApplicationOutline key={id} id={id} />}
        />
      )}
      <AddButton
        onClick={addThenEdit('application', () => addApplication(null, t('outline.unaligned.newIdea')))}
      >
        {t('outline.unaligned.add')}
      </AddButton>
    </section>
  );
}
