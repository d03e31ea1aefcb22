import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { approachLabel, categoryLabel, statusLabel } from '../../shared/labels';
import { addKpi, renameApplication } from '../store/plan-actions';
import { selectApplication, selectKpiIdsOfApplication } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit, draftFollows, nextSiblingOnEnter, titleEditKey } from './edit-keys';
import { KpiLine } from './KpiLine';
import { DraftSibling } from './DraftSibling';
import { useSelectable } from './use-selectable';
import { useT } from '../i18n/use-t';
import { windowItemProps } from '../components/list-window';

export function ApplicationOutline({ id }: { id: string }) {
  const application = usePlanner((s) => selectApplication(id)(s));
  const kpiIds = usePlanner(useShallow(selectKpiIdsOfApplication(id)));
  const selectable = useSelectable('application', id);
  const draftAfter = usePlanner(draftFollows('application', id));
  const t = useT();
  if (!application) return null;
  const facts = [
    t('outline.application.status', { status: statusLabel(application.status, t) }),
    application.owner ? t('outline.application.owner', { owner: application.owner }) : t('outline.application.noOwner'),
    t('outline.application.impact', { score: application.impact }),
    t('outline.application.feasibility', { score: application.feasibility }),
    categoryLabel(application.category, t),
    approachLabel(application.approach, t),
  ];
  return (
    <>
      <li className="application" data-testid="application" {...selectable} {...windowItemProps(id)}>
        <div className="application__head">
          <span className="level-tag level-tag--application">{t('outline.application.tag')}</span>
          <EditableText
            className="application__title"
            label={t('outline.application.titleLabel')}
            value={application.title}
            editKey={titleEditKey('application', id)}
            onEditEnd={nextSiblingOnEnter('application', id)}
            onCommit={(title) => renameApplication(id, title)}
          />
          {application.starter && <span className="badge badge--starter">{t('outline.application.starter')}</span>}
          <AddButton
            className="add-button--small"
            label={application.title ? t('outline.kpi.addTo', { title: application.title }) : t('outline.kpi.addToThisApplication')}
            onClick={addThenEdit('kpi', () => addKpi(id))}
          >
            {t('outline.kpi.add')}
          </AddButton>
        </div>
        <p className="application__facts">{facts.join(' · ')}</p>
        {kpiIds.length === 0 ? (
          <p className="outline__missing">{t('outline.kpi.none')}</p>
        ) : (
          <ul className="application__kpis" aria-label={t('outline.kpi.list')}>
            {kpiIds.map((kpiId) => (
              <KpiLine key={kpiId} id={kpiId} />
            ))}
          </ul>
        )}
      </li>
      {draftAfter && <DraftSibling after={{ kind: 'application', id }} kind="application" />}
    </>
  );
}
