import { useId } from 'react';
import { PHASE_KINDS } from '../../shared/schema/plan-schema';
import { monthLabel, monthString } from '../../shared/roadmap/months';
import { phaseLabel, scheduleSpan } from '../../shared/roadmap/phases';
import { EditableText } from '../components/EditableText';
import { useLocale, useT } from '../i18n/use-t';
import { deleteMilestone, moveMilestone, renameMilestone, resizePhase, scheduleApplication, unscheduleApplication } from '../store/roadmap-actions';
import { plannerStore, usePlanner } from '../store/store';
import { selectApplicationOf, selectSchedule, selectWarningsOf } from './roadmap-derived';
import { requestFocus } from './roadmap-view-state';

/** The selected bar or milestone, with fields for what a drag does, so everything also works by keyboard. */
export function RoadmapInspector() {
  const selection = usePlanner((s) => s.selection);
  if (selection?.kind === 'application') return <ApplicationInspector key={selection.id} id={selection.id} />;
  if (selection?.kind === 'milestone') return <MilestoneInspector key={selection.id} id={selection.id} />;
  return null;
}

function ApplicationInspector({ id }: { id: string }) {
  const app = usePlanner(selectApplicationOf(id));
  const schedule = usePlanner(selectSchedule(id));
  const warning = usePlanner(selectWarningsOf(id));
  const horizonStart = usePlanner((s) => s.plan?.meta.horizonStart);
  const t = useT();
  const locale = useLocale();
  if (!app) return null;
  const span = schedule && scheduleSpan(schedule.phases);
  return (
    <section className="sidebar-section inspector" aria-labelledby="inspector-title" data-testid="roadmap-inspector">
      <h2 id="inspector-title" className="sidebar-section__title">
        {app.title || t('roadmap.untitled.application')}
      </h2>
      {schedule && span ? (
        <>
          <p className="inspector__when">
            {monthLabel(monthString(span.start), locale)} – {monthLabel(monthString(span.end - 1), locale)}
          </p>
          <ul className="inspector__phases">
            {PHASE_KINDS.map((kind) => {
              const phase = schedule.phases.find((p) => p.kind === kind);
              if (!phase) return null;
              return (
                <li key={kind} className="inspector__phase">
                  <span className={`inspector__swatch phase--${kind}`} aria-hidden="true" />
                  <label className="inspector__phase-label">
                    {phaseLabel(kind, t)}
                    <input
                      type="number"
                      min={1}
                      max={60}
                      value={phase.months}
                      aria-label={t('roadmap.inspector.phaseMonths', { phase: phaseLabel(kind, t) })}
                      title={t('roadmap.inspector.phaseFrom', { month: monthLabel(phase.start, locale) })}
                      onChange={(event) => {
                        const months = Number(event.target.value);
                        if (months >= 1) resizePhase(id, kind, months);
                      }}
                    />
                  </label>
                  <span className="inspector__phase-unit">{t('roadmap.inspector.monthsUnit')}</span>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button--small" onClick={() => unscheduleApplication(id)}>
            {t('roadmap.inspector.unschedule')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            if (horizonStart && scheduleApplication(id, horizonStart)) requestFocus(id);
          }}
        >
          {t('roadmap.inspector.schedule')}
        </button>
      )}
      {warning && (
        <p className="inspector__warning" role="note">
          ⚠ {warning}
        </p>
      )}
    </section>
  );
}

function MilestoneInspector({ id }: { id: string }) {
  const milestone = usePlanner((s) => s.plan?.roadmap.milestones.find((m) => m.id === id));
  const monthId = useId();
  const t = useT();
  if (!milestone) return null;
  return (
    <section className="sidebar-section inspector" aria-label={t('roadmap.inspector.milestone')} data-testid="roadmap-inspector">
      <h2 className="sidebar-section__title">
        <span className="milestone-diamond" aria-hidden="true" />{' '}
        <EditableText value={milestone.title} label={t('roadmap.inspector.milestoneTitle')} onCommit={(title) => renameMilestone(id, title)} className="inspector__milestone-title" />
      </h2>
      <div className="inspector__row">
        <label htmlFor={monthId}>{t('roadmap.inspector.month')}</label>
        <input
          id={monthId}
          type="month"
          value={milestone.month}
          onChange={(event) => {
            if (event.target.value) moveMilestone(id, event.target.value);
          }}
        />
      </div>
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => {
          deleteMilestone(id);
          plannerStore.getState().select(null);
        }}
      >
        {t('roadmap.inspector.deleteMilestone')}
      </button>
    </section>
  );
}
