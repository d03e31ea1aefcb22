import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t';
import { decideParked, editParked, parkQuestion, removeParked } from '../../store/workshop-actions';
import { usePlanner } from '../../store/store';
import { CaptureField } from './CaptureField';
import { decisionsUiStore } from './decisions-ui-store';

const ParkedRow = memo(function ParkedRow({ id, index }: { id: string; index: number }) {
  const t = useT();
  const text = usePlanner((s) => s.plan?.workshop.parked.find((q) => q.id === id)?.text);
  if (text === undefined) return null;
  const short = text.trim().slice(0, 80);
  return (
    <li className="parked-row" data-item-kind="parked" data-item-id={id}>
      <textarea
        className="parked-row__text"
        rows={1}
        value={text}
        maxLength={10_000}
        aria-label={t('workshopDecisions.parked.text', { n: index + 1 })}
        onChange={(e) => editParked(id, e.target.value)}
      />
      <div className="parked-row__actions">
        <button
          type="button"
          className="button"
          aria-label={t('workshopDecisions.parked.decide.label', { text: short })}
          onClick={() => {
            const decisionId = decideParked(id);
            if (decisionId) decisionsUiStore.getState().focusDecision(decisionId);
          }}
        >
          {t('workshopDecisions.parked.decide')}
        </button>
        <button type="button" className="button button--danger-outline" aria-label={t('workshopDecisions.parked.remove.label', { text: short })} onClick={() => removeParked(id)}>
          {t('workshopDecisions.remove')}
        </button>
      </div>
    </li>
  );
});

/** The parking lot: questions the room cannot settle now, kept so they are not lost; one becomes a decision with "Decide". */
export function ParkingLot() {
  const t = useT();
  const ids = usePlanner(useShallow((s) => s.plan?.workshop.parked.map((q) => q.id) ?? []));
  return (
    <section className="decisions-block" aria-labelledby="workshop-parked-title" data-testid="parking-lot">
      <h3 id="workshop-parked-title" className="insight-page__subtitle decisions-block__title">
        {t('workshopDecisions.parked.title', { count: ids.length })}
      </h3>
      <CaptureField label={t('workshopDecisions.parked.capture')} hint={t('workshopDecisions.parked.hint')} testId="park-question" onAdd={(text) => parkQuestion(text) !== null} />
      {ids.length === 0 ? (
        <p className="decisions-empty">{t('workshopDecisions.parked.empty')}</p>
      ) : (
        <ul className="parked-list" aria-label={t('workshopDecisions.parked.list')}>
          {ids.map((id, i) => (
            <ParkedRow key={id} id={id} index={i} />
          ))}
        </ul>
      )}
    </section>
  );
}
