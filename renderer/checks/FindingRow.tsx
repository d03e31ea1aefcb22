import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkTitle, type Finding } from '../../shared/checks/alignment-checks';
import { acknowledge, unacknowledge } from '../store/insight-actions';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { revealFinding, targetViewOf, viewLabel } from './reveal';
import { SeverityTag } from './SeverityTag';
import { revealSettling, windowItemProps } from '../components/list-window';

/**
 * One finding: what, where and why; click to jump to the item; acknowledge with a note. The row to
 * `reveal` (the selected item's first finding) scrolls into sight when it becomes that row.
 */
export const FindingRow = memo(function FindingRow({ finding, reveal = false }: { finding: Finding; reveal?: boolean }) {
  const t = useT();
  const title = checkTitle(finding.checkId, t);
  const [acknowledging, setAcknowledging] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const selected = usePlanner(
    (s) => finding.item !== null && s.selection?.kind === finding.item.kind && s.selection.id === finding.item.id,
  );
  const where = viewLabel(targetViewOf(finding), t);
  const ref = useRef<HTMLLIElement>(null);
  // Not while the focus is in a finding of that same item: the person chose that row, it stays where it is.
  useEffect(() => (reveal && !document.activeElement?.closest('.finding[data-selected]') ? revealSettling(ref.current) : undefined), [reveal]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge(finding.key, note.trim());
    setAcknowledging(false);
    setNote('');
  };

  return (
    <li
      ref={ref}
      className={`finding finding--${finding.severity}${finding.acknowledged ? ' finding--acknowledged' : ''}`}
      data-testid="finding"
      data-finding-key={finding.key}
      data-check-id={finding.checkId}
      data-selected={selected || undefined}
      {...windowItemProps(finding.key)}
    >
      <button type="button" className="finding__main" onClick={() => revealFinding(finding)}>
        <span className="finding__head">
          <SeverityTag severity={finding.severity} />
          <span className="finding__check">{title}</span>
        </span>
        <span className="finding__item">{finding.itemTitle}</span>
        <span className="finding__message">{finding.message}</span>
        {where && <span className="finding__go">{t('findings.row.showIn', { view: where })}</span>}
      </button>
      <div className="finding__side">
        {finding.acknowledged ? (
          <>
            <p className="finding__note">
              <strong>{t('findings.row.acknowledged')}</strong> {finding.acknowledgementNote || <em>{t('findings.row.noNote')}</em>}
            </p>
            <button type="button" className="button finding__undo" onClick={() => unacknowledge(finding.key)}>
              {t('findings.row.unacknowledge')}
            </button>
          </>
        ) : acknowledging ? (
          <form className="finding__form" onSubmit={submit}>
            <label htmlFor={noteId}>{t('findings.row.why')}</label>
            <textarea
              id={noteId}
              className="finding__note-input"
              value={note}
              rows={2}
              maxLength={10_000}
              autoFocus
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  setAcknowledging(false);
                } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
              }}
            />
            <span className="finding__form-buttons">
              <button type="submit" className="button button--primary">
                {t('findings.row.acknowledge')}
              </button>
              <button type="button" className="button" onClick={() => setAcknowledging(false)}>
                {t('findings.row.cancel')}
              </button>
            </span>
          </form>
        ) : (
          <button type="button" className="button" onClick={() => setAcknowledging(true)} aria-label={t('findings.row.acknowledgeLabel', { check: title, item: finding.itemTitle })}>
            {t('findings.row.acknowledgeMore')}
          </button>
        )}
      </div>
    </li>
  );
});
