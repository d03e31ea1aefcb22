import { addMonths, monthLabel } from '../../shared/roadmap/months';
import { EditableText } from '../components/EditableText';
import { updateMeta } from '../store/plan-actions';
import { usePlanner } from '../store/store';

export function PlanHeader() {
  const title = usePlanner((s) => s.plan?.meta.title ?? '');
  const organisation = usePlanner((s) => s.plan?.meta.organisation ?? '');
  const start = usePlanner((s) => s.plan?.meta.horizonStart ?? null);
  const months = usePlanner((s) => s.plan?.meta.horizonMonths ?? 0);
  return (
    <header className="plan-header">
      <EditableText as="h1" className="plan-header__title" label="Plan title" value={title} onCommit={(v) => updateMeta({ title: v })} />
      <div className="plan-header__facts">
        <EditableText
          className="plan-header__organisation"
          label="Organisation"
          placeholder="Add your organisation"
          value={organisation}
          allowEmpty
          onCommit={(v) => updateMeta({ organisation: v })}
        />
        {start && (
          <span className="plan-header__horizon">
            {months}-month horizon: {monthLabel(start)} – {monthLabel(addMonths(start, months - 1))}
          </span>
        )}
      </div>
    </header>
  );
}
