import { CADENCES, DIRECTIONS } from '../../shared/schema/plan-schema';
import type { Direction } from '../../shared/model';
import type { MessageKey } from '../../shared/i18n/translator';
import { CADENCE_KEYS, labelsFor } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { editKpi } from '../store/board-actions';
import { usePlanner } from '../store/store';
import { KPI_SECTIONS } from './detail-sections';
import { NumberField, SelectField, TextField } from './fields';
import { SectionList } from './SectionList';

const DIRECTION_KEYS: Record<Direction, MessageKey> = { up: 'details.direction.up', down: 'details.direction.down' };

export function KpiDetails({ id }: { id: string }) {
  const kpi = usePlanner((s) => s.plan?.kpis.find((k) => k.id === id));
  const t = useT();
  if (!kpi) return null;
  return (
    <>
      <div className="detail-row">
        <TextField label={t('details.unit')} value={kpi.unit} placeholder={t('details.unit.placeholder')} onChange={(v) => editKpi(id, { unit: v }, true)} />
        <SelectField label={t('details.direction')} value={kpi.direction} options={DIRECTIONS} labels={labelsFor(DIRECTION_KEYS, t)} onChange={(v) => editKpi(id, { direction: v })} />
      </div>
      <div className="detail-row">
        <NumberField label={t('details.baseline')} value={kpi.baseline} onChange={(v) => editKpi(id, { baseline: v }, true)} />
        <NumberField label={t('details.target')} value={kpi.target} onChange={(v) => editKpi(id, { target: v }, true)} />
      </div>
      <div className="detail-row">
        <SelectField label={t('details.cadence')} value={kpi.cadence} options={CADENCES} labels={labelsFor(CADENCE_KEYS, t)} onChange={(v) => editKpi(id, { cadence: v })} />
        <TextField label={t('details.owner')} value={kpi.owner} placeholder={t('details.owner.kpi')} onChange={(v) => editKpi(id, { owner: v }, true)} />
      </div>
      <TextField label={t('details.source')} value={kpi.source} placeholder={t('details.source.placeholder')} onChange={(v) => editKpi(id, { source: v }, true)} />
      <SectionList sections={KPI_SECTIONS} id={id} />
    </>
  );
}
