import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { HistoryError } from './HistoryError';
import { useT } from '../i18n/use-t';
import { closePlanHistory, confirmTakeSnapshot, setTakeField } from './plan-history-actions';
import { usePlanHistory } from './plan-history-store';

/** The longest name the plan file keeps for a snapshot (shared/schema/history-schema.ts). */
const NAME_MAX = 200;
const NOTE_MAX = 2000;

/** Asks a name (prefilled with today's) and an optional note, then keeps the plan as it is now. */
export function TakeSnapshotDialog() {
  const t = useT();
  const id = useId();
  const dialog = usePlanHistory((s) => (s.dialog?.kind === 'take' ? s.dialog : null));
  const nameRef = useRef<HTMLInputElement>(null);
  // The suggested name is selected, so typing replaces it and Enter keeps it.
  useEffect(() => nameRef.current?.select(), []);
  if (!dialog) return null;
  const problem = dialog.showProblem && dialog.name.trim() === '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    confirmTakeSnapshot();
  };
  // Ctrl/Cmd+Enter in the note takes the snapshot, as Enter does in the name.
  const onNoteKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      confirmTakeSnapshot();
    }
  };

  return (
    <ModalDialog title={t('planHistory.take.title')} role="dialog" block="history-dialog" className="history-dialog--narrow" onCancel={closePlanHistory}>
      <form className="history-dialog__form" onSubmit={onSubmit} noValidate>
        <div className="history-dialog__scroll">
          <p className="history-dialog__lead">{t('planHistory.take.lead')}</p>
          <div className="history-field">
            <label className="history-field__label" htmlFor={`${id}-name`}>
              {t('planHistory.take.name')}
            </label>
            <input
              ref={nameRef}
              id={`${id}-name`}
              data-autofocus=""
              className="history-field__input"
              value={dialog.name}
              maxLength={NAME_MAX}
              required
              aria-invalid={problem || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setTakeField({ name: event.target.value })}
            />
            {problem && (
              <p id={`${id}-problem`} className="history-field__problem" role="alert">
                {t('planHistory.take.nameProblem')}
              </p>
            )}
          </div>
          <div className="history-field">
            <label className="history-field__label" htmlFor={`${id}-note`}>
              {t('planHistory.take.note')}
            </label>
            <textarea
              id={`${id}-note`}
              className="history-field__input history-field__note"
              rows={3}
              value={dialog.note}
              maxLength={NOTE_MAX}
              placeholder={t('planHistory.take.notePlaceholder')}
              onChange={(event) => setTakeField({ note: event.target.value })}
              onKeyDown={onNoteKey}
            />
          </div>
          <HistoryError />
        </div>
        <div className="history-dialog__actions">
          <button type="button" className="button" onClick={closePlanHistory}>
            {t('planHistory.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('planHistory.take.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
