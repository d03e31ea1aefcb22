import { memo, useEffect, useId, useRef, useState, type ChangeEvent, type FocusEvent, type ReactNode } from 'react';
import { formatDay } from '../../../shared/i18n/format';
import { kindHeading } from '../../../shared/labels';
import type { ItemKind } from '../../../shared/model';
import { decisionStatus, isCalendarDay, LINK_KINDS, type DecisionLink, type LinkableItem } from '../../../shared/workshop/decision-list';
import { Icon } from '../../components/icons';
import { useLocale, useT } from '../../i18n/use-t';
import { editDecision, removeDecision } from '../../store/workshop-actions';
import { usePlanner } from '../../store/store';
import { decisionsUiStore, useDecisionsUi } from './decisions-ui-store';

const linkValue = (link: DecisionLink | null) => (link ? `${link.kind}:${link.id}` : '');

function parseLink(value: string): DecisionLink | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  return { kind: value.slice(0, at) as ItemKind, id: value.slice(at + 1) };
}

function Field({ label, children, className = '' }: { label: string; children: (id: string) => ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={`decision-field ${className}`}>
      <label htmlFor={id} className="decision-field__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** A date field passes through years 0002, 0020, 0202 while a year is typed digit by digit: no plan is dated before 1900. */
const plausible = (day: string) => isCalendarDay(day) && day >= '1900-01-01';

/**
 * The due date. A date field holds no value while what is typed is not a day (chromium reports it as
 * bad input): the row then says so and keeps the date it had, rather than clearing it. A year still
 * being typed commits nothing and says nothing until the field is left.
 */
function DueField({ id, decisionId, due }: { id: string; decisionId: string; due: string | null }) {
  const t = useT();
  const [problem, setProblem] = useState(false);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    if (value === '') {
      if (event.target.validity.badInput) return setProblem(true);
      setProblem(false);
      editDecision(decisionId, { due: null });
      return;
    }
    if (!plausible(value)) return;
    setProblem(false);
    // Month, day and year are typed one after the other: one undo step for the whole date.
    editDecision(decisionId, { due: value }, true);
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    const { value, validity } = event.target;
    setProblem(validity.badInput || (value !== '' && !plausible(value)));
  };
  return (
    <>
      <input
        id={id}
        type="date"
        className="decision-field__input decision-field__input--date"
        value={due ?? ''}
        aria-invalid={problem || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={onChange}
        onBlur={onBlur}
      />
      {problem && (
        <p id={`${id}-problem`} className="decision-field__problem" role="alert">
          {t('workshopDecisions.decision.dueProblem')}
        </p>
      )}
    </>
  );
}

function LinkSelect({ id, decisionId, link, items }: { id: string; decisionId: string; link: DecisionLink | null; items: readonly LinkableItem[] }) {
  const t = useT();
  const exists = link === null || items.some((i) => i.kind === link.kind && i.id === link.id);
  return (
    <select
      id={id}
      className="decision-field__input decision-field__input--link"
      value={linkValue(link)}
      onChange={(e) => editDecision(decisionId, { link: parseLink(e.target.value) })}
    >
      <option value="">{t('workshopDecisions.decision.nothingLinked')}</option>
      {!exists && <option value={linkValue(link)}>{t('workshopDecisions.decision.deleted')}</option>}
      {LINK_KINDS.map((kind) => {
        const ofKind = items.filter((i) => i.kind === kind);
        return ofKind.length === 0 ? null : (
          <optgroup key={kind} label={kindHeading(kind, t)}>
            {ofKind.map((i) => (
              <option key={i.id} value={linkValue(i)}>
                {i.title}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}

/** One decision: what was decided, who owns it, by when, what it is about, and whether it is done. */
export const DecisionRow = memo(function DecisionRow({ id, today, items }: { id: string; today: string; items: readonly LinkableItem[] }) {
  const t = useT();
  const locale = useLocale();
  const decision = usePlanner((s) => s.plan?.workshop.decisions.find((d) => d.id === id));
  const focusMe = useDecisionsUi((s) => s.focusDecisionId === id);
  const rowRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusMe || !rowRef.current) return;
    rowRef.current.scrollIntoView({ block: 'nearest' });
    rowRef.current.focus({ preventScroll: true });
    decisionsUiStore.getState().focusDecision(null);
  }, [focusMe]);
  if (!decision) return null;
  const status = decisionStatus(decision, today);
  const short = decision.text.trim().slice(0, 80);
  return (
    <li className="decision-list__item">
      {/* The group sits inside the list item: a list may hold only list items (a row with role=group in its place is none). */}
      <div
        ref={rowRef}
        className={`decision-row decision-row--${status}`}
        data-item-kind="decision"
        data-item-id={id}
        data-status={status}
        tabIndex={-1}
        role="group"
        aria-label={t('workshopDecisions.decision.group', { text: short })}
      >
        <Field label={t('workshopDecisions.decision.text')} className="decision-field--text">
          {(fieldId) => (
            <textarea
              id={fieldId}
              className="decision-field__input decision-field__input--text"
              rows={1}
              value={decision.text}
              maxLength={10_000}
              onChange={(e) => editDecision(id, { text: e.target.value }, true)}
            />
          )}
        </Field>
        <Field label={t('workshopDecisions.decision.owner')}>
          {(fieldId) => <input id={fieldId} className="decision-field__input" value={decision.owner} maxLength={500} onChange={(e) => editDecision(id, { owner: e.target.value }, true)} />}
        </Field>
        <Field label={t('workshopDecisions.decision.due')}>{(fieldId) => <DueField id={fieldId} decisionId={id} due={decision.due} />}</Field>
        <Field label={t('workshopDecisions.decision.link')} className="decision-field--link">
          {(fieldId) => <LinkSelect id={fieldId} decisionId={id} link={decision.link} items={items} />}
        </Field>
        <div className="decision-row__end">
          <label className="decision-row__done">
            <input type="checkbox" checked={decision.done} onChange={(e) => editDecision(id, { done: e.target.checked })} />
            <span>{t('workshopDecisions.decision.done')}</span>
          </label>
          <button type="button" className="button button--danger-outline" aria-label={t('workshopDecisions.decision.remove.label', { text: short })} onClick={() => removeDecision(id)}>
            {t('workshopDecisions.remove')}
          </button>
        </div>
        {status === 'overdue' && (
          <p className="decision-row__overdue" data-testid="decision-overdue">
            <Icon name="alert" size={18} />
            <span>{t('workshopDecisions.decision.overdue', { date: formatDay(decision.due!, locale) })}</span>
          </p>
        )}
      </div>
    </li>
  );
});
