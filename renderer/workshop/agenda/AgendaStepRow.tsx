import { memo, useEffect, useId, useRef } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { VIEW_CATALOGUE } from '../../../shared/commands/command-catalogue';
import type { MessageKey, Translate } from '../../../shared/i18n/translator';
import type { WorkshopTarget } from '../../../shared/model';
import { WORKSHOP_CAPS, WORKSHOP_TARGETS } from '../../../shared/schema/workshop-schema';
import { stepAsk, stepTitle } from '../../../shared/workshop/default-agenda';
import { DragHandle } from '../../board/DragHandle';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { editStep, moveStep } from '../../store/workshop-actions';
import { CommitField, type FieldParse } from '../../value/CommitField';
import { goToStep, useAgendaRun } from './agenda-run-store';
import { removeStepSaying } from './agenda-edits';

const PANEL_KEYS: Record<string, MessageKey> = {
  'workshop-agenda': 'workshop.panel.agenda',
  'workshop-ideas': 'workshop.panel.ideas',
  'workshop-voting': 'workshop.panel.voting',
  'workshop-decisions': 'workshop.panel.decisions',
};

/** What a step opens, named as its tab is: "Roadmap", or "Workshop: Voting". */
export function targetName(target: WorkshopTarget, t: Translate): string {
  const panel = PANEL_KEYS[target];
  if (panel) return t('workshopAgenda.target.panel', { panel: t(panel) });
  const view = VIEW_CATALOGUE.find((v) => v.id === target);
  return view ? t(view.labelKey) : target;
}

/** Whole minutes, 1 to 480: anything else is refused with the reason, and nothing is committed. */
function parseMinutes(text: string, t: Translate): FieldParse<number> {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return { ok: false, message: t('workshopAgenda.minutes.invalid') };
  const minutes = Number(trimmed);
  if (minutes < 1 || minutes > WORKSHOP_CAPS.stepMinutes) return { ok: false, message: t('workshopAgenda.minutes.invalid') };
  return { ok: true, value: minutes };
}

/** One step of the agenda, every part editable in place; its grip drags it, its buttons move it by keyboard. */
export const AgendaStepRow = memo(function AgendaStepRow({ id, index, count, fresh = false, onAddAfter }: { id: string; index: number; count: number; fresh?: boolean; onAddAfter: (id: string) => void }) {
  const t = useT();
  const step = usePlanner((s) => s.plan?.workshop.steps.find((x) => x.id === id));
  const isCurrent = useAgendaRun((s) => s.stepId === id);
  const isRunning = useAgendaRun((s) => s.stepId !== null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const fieldId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // A step just added: its title is where the facilitator types next.
  useEffect(() => {
    if (fresh) titleRef.current?.focus();
  }, [fresh]);
  if (!step) return null;
  const title = stepTitle(step, t);
  const position = index + 1;
  return (
    <li
      ref={setNodeRef}
      className="agenda-step"
      data-testid="agenda-step"
      data-current={isCurrent || undefined}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="agenda-step__group" role="group" aria-label={t('workshopAgenda.step.group', { position, title })}>
        <div className="agenda-step__lead">
          <DragHandle ref={setActivatorNodeRef} label={t('workshopAgenda.drag', { title })} {...attributes} {...listeners} />
          <span className="agenda-step__number" aria-hidden="true">
            {position}
          </span>
          {isCurrent && <span className="agenda-step__now">{t('workshopAgenda.step.now')}</span>}
        </div>
        <div className="agenda-step__fields">
          <div className="agenda-field agenda-field--title">
            <label className="agenda-field__label" htmlFor={`${fieldId}-title`}>
              {t('workshopAgenda.field.title')}
            </label>
            <input
              ref={titleRef}
              id={`${fieldId}-title`}
              className="agenda-field__input agenda-field__input--title"
              value={step.title}
              maxLength={500}
              placeholder={stepTitle({ kind: step.kind, title: '' }, t)}
              onChange={(e) => editStep(id, { title: e.target.value }, true)}
            />
          </div>
          <div className="agenda-field agenda-field--minutes">
            <CommitField<number>
              label={t('workshopAgenda.field.minutes')}
              value={step.minutes}
              format={String}
              parse={(text) => parseMinutes(text, t)}
              onCommit={(minutes) => minutes !== null && editStep(id, { minutes })}
              inputMode="numeric"
              className="agenda-field__commit"
            />
          </div>
          <div className="agenda-field agenda-field--opens">
            <label className="agenda-field__label" htmlFor={`${fieldId}-opens`}>
              {t('workshopAgenda.field.opens')}
            </label>
            <select id={`${fieldId}-opens`} className="agenda-field__input" value={step.opens} onChange={(e) => editStep(id, { opens: e.target.value as WorkshopTarget })}>
              {WORKSHOP_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {targetName(target, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="agenda-field agenda-field--ask">
            <label className="agenda-field__label" htmlFor={`${fieldId}-ask`}>
              {t('workshopAgenda.field.ask')}
            </label>
            <textarea
              id={`${fieldId}-ask`}
              className="agenda-field__input agenda-field__input--ask"
              rows={2}
              value={step.ask}
              maxLength={10_000}
              placeholder={stepAsk({ kind: step.kind, ask: '' }, t)}
              onChange={(e) => editStep(id, { ask: e.target.value }, true)}
            />
          </div>
        </div>
        <div className="agenda-step__actions">
          {isRunning && !isCurrent && (
            <button type="button" className="button agenda-step__action" aria-label={t('workshopAgenda.goTo', { position, title })} onClick={() => goToStep(id)}>
              {t('workshopAgenda.goTo.short')}
            </button>
          )}
          <button type="button" className="button agenda-step__action agenda-step__move" aria-label={t('workshopAgenda.moveUp', { title })} disabled={index === 0} onClick={() => moveStep(id, index - 1)}>
            <span aria-hidden="true">{'↑'}</span>
          </button>
          <button
            type="button"
            className="button agenda-step__action agenda-step__move"
            aria-label={t('workshopAgenda.moveDown', { title })}
            disabled={index === count - 1}
            onClick={() => moveStep(id, index + 1)}
          >
            <span aria-hidden="true">{'↓'}</span>
          </button>
          <button type="button" className="button agenda-step__action" aria-label={t('workshopAgenda.addAfter.label', { title })} onClick={() => onAddAfter(id)}>
            {t('workshopAgenda.addAfter')}
          </button>
          <button type="button" className="button button--danger-outline agenda-step__action" aria-label={t('workshopAgenda.remove.label', { title })} onClick={() => removeStepSaying(id, title)}>
            {t('workshopAgenda.remove')}
          </button>
        </div>
      </div>
    </li>
  );
});
