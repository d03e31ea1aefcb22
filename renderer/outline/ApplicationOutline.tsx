import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { approachLabel, categoryLabel, statusLabel } from '../../shared/labels';
import { addKpi, renameApplication } from '../store/plan-actions';
import { selectApplication, selectKpiIdsOfApplication } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { AddButton } from './AddButton';
import { addThenEdit, titleEditKey } from './edit-keys';
import { KpiLine } from './KpiLine';
import { useSelectable } from './use-selectable';

export function ApplicationOutline({ id }: { id: string }) {
  const application = usePlanner((s) => selectApplication(id)(s));
  const kpiIds = usePlanner(useShallow(selectKpiIdsOfApplication(id)));
  const selectable = useSelectable('application', id);
  if (!application) return null;
  const facts = [
    `Status: ${statusLabel(application.status)}`,
    application.owner ? `Owner: ${application.owner}` : 'No owner yet',
    `Impact ${application.impact}/5`,
    `Feasibility ${application.feasibility}/5`,
    categoryLabel(application.category),
    approachLabel(application.approach),
  ];
  return (
    <li className="application" data-testid="application" {...selectable}>
      <div className="application__head">
        <span className="level-tag level-tag--application">AI application</span>
        <EditableText
          className="application__title"
          label="AI application title"
          value={application.title}
          editKey={titleEditKey('application', id)}
          onCommit={(title) => renameApplication(id, title)}
        />
        {application.starter && <span className="badge badge--starter">Starter project</span>}
        <AddButton
          className="add-button--small"
          label={`Add KPI to ${application.title || 'this application'}`}
          onClick={addThenEdit('kpi', () => addKpi(id))}
        >
          Add KPI
        </AddButton>
      </div>
      <p className="application__facts">{facts.join(' · ')}</p>
      {kpiIds.length === 0 ? (
        <p className="outline__missing">No KPI yet: which number will show that this worked?</p>
      ) : (
        <ul className="application__kpis" aria-label="KPIs">
          {kpiIds.map((kpiId) => (
            <KpiLine key={kpiId} id={kpiId} />
          ))}
        </ul>
      )}
    </li>
  );
}
