import { APPROACHES, CATEGORIES, DIMENSION_LEVELS, DIMENSIONS, STATUSES } from '../../shared/schema/plan-schema';
import { APPROACH_KEYS, CATEGORY_KEYS, STATUS_KEYS, dimensionLabel, dimensionLevelLabel, dimensionQuestion, labelsFor } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { editApplication } from '../store/board-actions';
import { setDimensionLevel, setDimensionNote } from '../store/insight-actions';
import { usePlanner } from '../store/store';
import { APPLICATION_SECTIONS } from './detail-sections';
import { ChoiceField, SelectField, TextField } from './fields';
import { SectionList } from './SectionList';

const SCORES = [1, 2, 3, 4, 5] as const;

export function ApplicationDetails({ id }: { id: string }) {
  const app = usePlanner((s) => s.plan?.applications.find((a) => a.id === id));
  const t = useT();
  if (!app) return null;
  return (
    <>
      <TextField label="Description" multiline value={app.description} onChange={(v) => editApplication(id, { description: v }, true)} />
      <div className="detail-row">
        <SelectField label="Category" value={app.category} options={CATEGORIES} labels={labelsFor(CATEGORY_KEYS, t)} onChange={(v) => editApplication(id, { category: v })} />
        <SelectField label="Approach" value={app.approach} options={APPROACHES} labels={labelsFor(APPROACH_KEYS, t)} onChange={(v) => editApplication(id, { approach: v })} />
      </div>
      <div className="detail-row">
        <TextField label="Owner" value={app.owner} placeholder="Who is accountable?" onChange={(v) => editApplication(id, { owner: v }, true)} />
        <SelectField label="Status" value={app.status} options={STATUSES} labels={labelsFor(STATUS_KEYS, t)} onChange={(v) => editApplication(id, { status: v })} />
      </div>
      <ChoiceField
        label="Impact (1–5)"
        hint="Cost saved, revenue upside, customer satisfaction."
        value={app.impact}
        options={SCORES}
        labelOf={String}
        onChange={(v) => editApplication(id, { impact: v })}
      />
      <ChoiceField
        label="Feasibility (1–5)"
        hint="Data available, process clear and documented, risk low."
        value={app.feasibility}
        options={SCORES}
        labelOf={String}
        onChange={(v) => editApplication(id, { feasibility: v })}
      />
      <label className="detail-field detail-field--check">
        <input type="checkbox" checked={app.usesPersonalData} onChange={(e) => editApplication(id, { usesPersonalData: e.target.checked })} />
        <span>Touches customer or staff data</span>
      </label>
      <TextField label="Data readiness" multiline value={app.dataReadiness} placeholder="Is the data available, clean, owned?" onChange={(v) => editApplication(id, { dataReadiness: v }, true)} />
      <TextField label="Risk" multiline value={app.risk} placeholder="What could go wrong, and how would we notice?" onChange={(v) => editApplication(id, { risk: v }, true)} />
      <section className="detail-section" aria-label="Alignment dimensions">
        <h3 className="detail-section__title">Alignment dimensions</h3>
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} className="dimension">
            <ChoiceField
              label={`${dimensionLabel(dimension, t)}: ${dimensionQuestion(dimension, t)}`}
              value={app.dimensions[dimension].level}
              options={DIMENSION_LEVELS}
              labelOf={(l) => dimensionLevelLabel(l, t)}
              onChange={(level) => setDimensionLevel(id, dimension, level)}
            />
            <TextField
              label={`${dimensionLabel(dimension, t)} note`}
              value={app.dimensions[dimension].note}
              onChange={(note) => setDimensionNote(id, dimension, note)}
            />
          </div>
        ))}
      </section>
      <SectionList sections={APPLICATION_SECTIONS} id={id} />
    </>
  );
}
