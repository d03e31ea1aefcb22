import { CADENCES, DIRECTIONS } from '../../shared/schema/plan-schema';
import type { Direction } from '../../shared/model';
import { CADENCE_KEYS, labelsFor } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { editKpi } from '../store/board-actions';
import { usePlanner } from '../store/store';
import { KPI_SECTIONS } from './detail-sections';
import { NumberField, SelectField, TextField } from './fields';
import { SectionList } from './SectionList';

const DIRECTION_LABELS: Record<Direction, string> = { up: 'Up is good (↑)', down: 'Down is good (↓)' };

export function KpiDetails({ id }: { id: string }) {
  const kpi = usePlanner((s) => s.plan?.kpis.find((k) => k.id === id));
  const t = useT();
  if (!kpi) return null;
  return (
    <>
      <div className="detail-row">
        <TextField label="Unit" value={kpi.unit} placeholder="minutes, leads, %" onChange={(v) => editKpi(id, { unit: v }, true)} />
        <SelectField label="Direction" value={kpi.direction} options={DIRECTIONS} labels={DIRECTION_LABELS} onChange={(v) => editKpi(id, { direction: v })} />
      </div>
      <div className="detail-row">
        <NumberField label="Baseline" value={kpi.baseline} onChange={(v) => editKpi(id, { baseline: v }, true)} />
        <NumberField label="Target" value={kpi.target} onChange={(v) => editKpi(id, { target: v }, true)} />
      </div>
      <div className="detail-row">
        <SelectField label="Cadence" value={kpi.cadence} options={CADENCES} labels={labelsFor(CADENCE_KEYS, t)} onChange={(v) => editKpi(id, { cadence: v })} />
        <TextField label="Owner" value={kpi.owner} placeholder="Who reports it?" onChange={(v) => editKpi(id, { owner: v }, true)} />
      </div>
      <TextField label="Data source" value={kpi.source} placeholder="Where the number comes from" onChange={(v) => editKpi(id, { source: v }, true)} />
      <SectionList sections={KPI_SECTIONS} id={id} />
    </>
  );
}
