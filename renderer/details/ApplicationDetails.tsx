import { APPROACHES, CATEGORIES, DIMENSION_LEVELS, DIMENSIONS, STATUSES } from '../../shared/schema/plan-schema';
import { APPROACH_KEYS, CATEGORY_KEYS, STATUS_KEYS, dimensionLabel, dimensionLevelLabel, dimensionQuestion, labelsFor } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { editApplication } from '../store/board-actions';
import { setDimensionLevel, setDimensionNote } from '../store/insight-actions';
import { setProblem } from '../store/workshop-actions';
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
      <TextField
        label={t('workshopIdeas.details.problem')}
        multiline
        maxLength={10_000}
        value={app.problem}
        placeholder={t('workshopIdeas.details.problemPlaceholder')}
        onChange={(v) => setProblem(id, v)}
      />
      <TextField label={t('details.description')} multiline value={app.description} onChange={(v) => editApplication(id, { description: v }, true)} />
      <div className="detail-row">
        <SelectField label={t('details.category')} value={app.category} options={CATEGORIES} labels={labelsFor(CATEGORY_KEYS, t)} onChange={(v) => editApplication(id, { category: v })} />
        <SelectField label={t('details.approach')} value={app.approach} options={APPROACHES} labels={labelsFor(APPROACH_KEYS, t)} onChange={(v) => editApplication(id, { approach: v })} />
      </div>
      <div className="detail-row">
        <TextField label={t('details.owner')} value={app.owner} placeholder={t('details.owner.application')} onChange={(v) => editApplication(id, { owner: v }, true)} />
        <SelectField label={t('details.status')} value={app.status} options={STATUSES} labels={labelsFor(STATUS_KEYS, t)} onChange={(v) => editApplication(id, { status: v })} />
      </div>
      <ChoiceField
        label={t('details.impact')}
        hint={t('details.impact.hint')}
        value={app.impact}
        options={SCORES}
        labelOf={String}
        onChange={(v) => editApplication(id, { impact: v })}
      />
      <ChoiceField
        label={t('details.feasibility')}
        hint={t('details.feasibility.hint')}
        value={app.feasibility}
        options={SCORES}
        labelOf={String}
        onChange={(v) => editApplication(id, { feasibility: v })}
      />
      <TextField label={t('details.dataReadiness')} multiline value={app.dataReadiness} placeholder={t('details.dataReadiness.placeholder')} onChange={(v) => editApplication(id, { dataReadiness: v }, true)} />
      <TextField label={t('details.risk')} multiline value={app.risk} placeholder={t('details.risk.placeholder')} onChange={(v) => editApplication(id, { risk: v }, true)} />
      <section className="detail-section" aria-label={t('details.dimensions')}>
        <h3 className="detail-section__title">{t('details.dimensions')}</h3>
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} className="dimension">
            <ChoiceField
              label={t('details.dimension', { dimension: dimensionLabel(dimension, t), question: dimensionQuestion(dimension, t) })}
              value={app.dimensions[dimension].level}
              options={DIMENSION_LEVELS}
              labelOf={(l) => dimensionLevelLabel(l, t)}
              onChange={(level) => setDimensionLevel(id, dimension, level)}
            />
            <TextField
              label={t('details.dimension.note', { dimension: dimensionLabel(dimension, t) })}
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
