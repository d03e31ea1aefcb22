import { useMemo, useState, type FocusEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { decisionCounts, linkableItems, orderedDecisions } from '../../../shared/workshop/decision-list';
import { today as clockToday } from '../../clock';
import { useT } from '../../i18n/use-t';
import { recordDecision } from '../../store/workshop-actions';
import { usePlanner } from '../../store/store';
import { CaptureField } from './CaptureField';
import { DecisionRow } from './DecisionRow';

/** "id|due|done" per decision: enough to order and count them without re-rendering on every keystroke of a text. */
const selectOrderKeys = (s: { plan: { workshop: { decisions: { id: string; due: string | null; done: boolean }[] } } | null }) =>
  s.plan?.workshop.decisions.map((d) => `${d.id}|${d.due ?? ''}|${d.done ? 1 : 0}`) ?? [];

/** The held order, less the decisions removed since, with any new ones after it. */
function holdOrder(held: readonly string[], live: readonly string[]): string[] {
  const liveIds = new Set(live);
  const heldIds = new Set(held);
  return [...held.filter((id) => liveIds.has(id)), ...live.filter((id) => !heldIds.has(id))];
}

/** The decisions, open first by due date, then done; each with its owner, due date, linked item and done box. */
export function DecisionList() {
  const t = useT();
  const keys = usePlanner(useShallow(selectOrderKeys));
  const pillars = usePlanner((s) => s.plan?.pillars);
  const objectives = usePlanner((s) => s.plan?.objectives);
  const applications = usePlanner((s) => s.plan?.applications);
  const kpis = usePlanner((s) => s.plan?.kpis);
  const roadmap = usePlanner((s) => s.plan?.roadmap);
  const items = useMemo(
    () => (pillars && objectives && applications && kpis && roadmap ? linkableItems({ pillars, objectives, applications, kpis, roadmap }, t) : []),
    [pillars, objectives, applications, kpis, roadmap, t],
  );
  const today = clockToday();
  const decisions = keys.map((key) => {
    const [id, due, done] = key.split('|');
    return { id: id!, due: due ? due : null, done: done === '1' };
  });
  const liveOrder = orderedDecisions(decisions).map((d) => d.id);
  const counts = decisionCounts(decisions, today);
  // While a row is being edited the list holds still: a new due date or the done box would otherwise move the row from under the focus.
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const order = frozen ? holdOrder(frozen, liveOrder) : liveOrder;
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFrozen(null);
  };
  return (
    <section className="decisions-block" aria-labelledby="workshop-decisions-title" data-testid="decision-list">
      <h3 id="workshop-decisions-title" className="insight-page__subtitle decisions-block__title">
        {t('workshopDecisions.decisions.title', { count: decisions.length })}
      </h3>
      <CaptureField label={t('workshopDecisions.decisions.capture')} hint={t('workshopDecisions.decisions.hint')} testId="record-decision" onAdd={(text) => recordDecision({ text }) !== null} />
      {decisions.length === 0 ? (
        <p className="decisions-empty">{t('workshopDecisions.decisions.empty')}</p>
      ) : (
        <>
          <p className="decisions-summary" data-testid="decision-summary">
            {t('workshopDecisions.decisions.summary', counts)}
          </p>
          <ol className="decision-list" aria-label={t('workshopDecisions.decisions.list')} onFocus={() => setFrozen((f) => f ?? order)} onBlur={onBlur}>
            {order.map((id) => (
              <DecisionRow key={id} id={id} today={today} items={items} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
