import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { KpiFamily } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n/translator';
import { approachLabel, cadenceLabel } from '../../../shared/labels';
import { findUseCase, libraryUnitText, type UseCase } from '../../../shared/workshop/use-case-library';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { useCaseDragId, type UseCaseDragData } from './ideas-dnd';

const FAMILY_KEYS: Record<UseCase['kpis'][number]['family'], MessageKey> = {
  'time-saved': 'workshopIdeas.family.time-saved',
  'error-reduction': 'workshopIdeas.family.error-reduction',
  throughput: 'workshopIdeas.family.throughput',
  'customer-satisfaction': 'workshopIdeas.family.customer-satisfaction',
  financial: 'workshopIdeas.family.financial',
} satisfies Partial<Record<KpiFamily, MessageKey>>;

/**
 * One entry of the library: the problem it solves, the usual approach, what makes it feasible, the
 * KPIs it is measured by (unit and which way is better) and its typical risks. "Add to ideas" puts it
 * in the unaligned tray; the grip drags it onto the ideas column.
 */
export const UseCaseCard = memo(function UseCaseCard({ useCaseKey, onAdd }: { useCaseKey: string; onAdd: (key: string) => void }) {
  const t = useT();
  const currency = usePlanner((s) => s.plan?.finance.currency ?? 'EUR');
  const data: UseCaseDragData = { type: 'use-case', key: useCaseKey };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: useCaseDragId(useCaseKey), data });
  const useCase = findUseCase(useCaseKey);
  if (!useCase) return null;
  const title = t(useCase.title);
  const headingId = `use-case-${useCaseKey}`;
  return (
    <li className="use-case" data-dragging={isDragging || undefined} data-testid="use-case" data-key={useCaseKey}>
      <article aria-labelledby={headingId}>
        <header className="use-case__head">
          <button
            ref={setNodeRef}
            type="button"
            className="use-case__grip"
            aria-label={t('workshopIdeas.card.drag', { title })}
            title={t('workshopIdeas.card.drag', { title })}
            {...attributes}
            {...listeners}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <h5 id={headingId} className="use-case__title">
            {title}
          </h5>
          <span className="use-case__approach" title={t('workshopIdeas.card.approach')}>
            {approachLabel(useCase.approach, t)}
          </span>
        </header>
        <p className="use-case__problem">{t(useCase.problem)}</p>
        <dl className="use-case__facts">
          <dt>{t('workshopIdeas.card.feasibility')}</dt>
          <dd>{t(useCase.feasibility)}</dd>
          <dt>{t('workshopIdeas.card.kpis')}</dt>
          <dd>
            <ul className="use-case__kpis">
              {useCase.kpis.map((kpi) => (
                <li key={kpi.name} className="use-case__kpi">
                  <span className="use-case__arrow" aria-hidden="true" data-direction={kpi.direction}>
                    {kpi.direction === 'up' ? '↑' : '↓'}
                  </span>
                  <span>
                    {t(kpi.name)}
                    <span className="visually-hidden"> ({t(kpi.direction === 'up' ? 'workshopIdeas.kpi.up' : 'workshopIdeas.kpi.down')})</span>
                    <span className="use-case__kpi-detail">
                      {t('workshopIdeas.kpi.detail', { family: t(FAMILY_KEYS[kpi.family]), unit: libraryUnitText(kpi.unit, t, currency), cadence: cadenceLabel(kpi.cadence, t) })}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('workshopIdeas.card.risks')}</dt>
          <dd>{t(useCase.risks)}</dd>
        </dl>
        <button type="button" className="button use-case__add" aria-label={t('workshopIdeas.card.addLabel', { title })} onClick={() => onAdd(useCaseKey)}>
          {t('workshopIdeas.card.add')}
        </button>
      </article>
    </li>
  );
});
