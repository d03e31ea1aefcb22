import { memo, useId, useState, type FormEvent } from 'react';
import type { Finding } from '../../shared/checks/alignment-checks';
import { acknowledge, unacknowledge } from '../store/insight-actions';
import { usePlanner } from '../store/store';
import { checkOf } from './findings-selector';
import { revealFinding, targetViewOf, viewLabel } from './reveal';
import { SeverityTag } from './SeverityTag';

/** One finding: what, where and why; click to jump to the item; acknowledge with a note. */
export const FindingRow = memo(function FindingRow({ finding }: { finding: Finding }) {
  const check = checkOf(finding.checkId);
  const [acknowledging, setAcknowledging] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const selected = usePlanner(
    (s) => finding.item !== null && s.selection?.kind === finding.item.kind && s.selection.id === finding.item.id,
  );
  const where = viewLabel(targetViewOf(finding));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge(finding.key, note.trim());
    setAcknowledging(false);
    setNote('');
  };

  return (
    <li
      className={`finding finding--${finding.severity}${finding.acknowledged ? ' finding--acknowledged' : ''}`}
      data-testid="finding"
      data-finding-key={finding.key}
      data-check-id={finding.checkId}
      data-selected={selected || undefined}
    >
      <button type="button" className="finding__main" onClick={() => revealFinding(finding)}>
        <span className="finding__head">
          <SeverityTag severity={finding.severity} />
          <span className="finding__check">{check.title}</span>
        </span>
        <span className="finding__item">{finding.itemTitle}</span>
        <span className="finding__message">{finding.message}</span>
        {where && <span className="finding__go">Show in {where} →</span>}
      </button>
      <div className="finding__side">
        {finding.acknowledged ? (
          <>
            <p className="finding__note">
              <strong>Acknowledged.</strong> {finding.acknowledgementNote || <em>No note.</em>}
            </p>
            <button type="button" className="button finding__undo" onClick={() => unacknowledge(finding.key)}>
              Un-acknowledge
            </button>
          </>
        ) : acknowledging ? (
          <form className="finding__form" onSubmit={submit}>
            <label htmlFor={noteId}>Why is this a deliberate choice?</label>
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
                Acknowledge
              </button>
              <button type="button" className="button" onClick={() => setAcknowledging(false)}>
                Cancel
              </button>
            </span>
          </form>
        ) : (
          <button type="button" className="button" onClick={() => setAcknowledging(true)} aria-label={`Acknowledge: ${check.title}, ${finding.itemTitle}`}>
            Acknowledge…
          </button>
        )}
      </div>
    </li>
  );
});
