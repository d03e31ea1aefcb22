import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n/use-t';
import { HistoryError } from '../HistoryError';
import { closePlanHistory } from '../plan-history-actions';
import { usePlanHistory, type MergeBase } from '../plan-history-store';
import type { Translate } from '../../../shared/i18n/translator';
import { applyMerge, chooseBaseFile, chooseTheirCopy, mergeWithoutBase } from './merge-actions';
import { ConflictList } from './ConflictList';
import './merge.css';

function baseText(base: MergeBase, t: Translate): string {
  if (base.kind === 'shared') return t('planHistory.merge.base.shared', { name: base.name });
  if (base.kind === 'file') return t('planHistory.merge.base.file', { name: base.name });
  return t('planHistory.merge.base.none');
}

/** File › Merge…: choose their copy, settle the base if need be, choose each conflict, apply as one undo step. */
export function MergeDialog() {
  const t = useT();
  const merge = usePlanHistory((s) => (s.dialog?.kind === 'merge' ? s.dialog.merge : null));
  const busy = usePlanHistory((s) => s.busy);
  if (!merge) return null;

  return (
    <ModalDialog title={t('planHistory.merge.title')} role="dialog" block="history-dialog" className={merge.step === 'review' ? 'history-dialog--wide' : ''} busy={busy} onCancel={closePlanHistory}>
      <div className="history-dialog__form">
        <div className="history-dialog__scroll">
          <p className="history-dialog__lead">{t('planHistory.merge.lead')}</p>
          <HistoryError />
          {busy && <p className="history-dialog__status">{t('planHistory.merge.reading')}</p>}
          {merge.step === 'no-common' && (
            <>
              <p className="merge-summary">{t('planHistory.merge.theirs', { name: merge.theirsName })}</p>
              <p className="history-dialog__note">{t('planHistory.merge.noCommon')}</p>
            </>
          )}
          {merge.step === 'review' && (
            <>
              <div className="merge-summary">
                <p>{t('planHistory.merge.theirs', { name: merge.theirsName })}</p>
                <p>{baseText(merge.base, t)}</p>
                <p>{t('planHistory.merge.taken', { ours: merge.result.taken.ours, theirs: merge.result.taken.theirs })}</p>
                <p className="merge-summary__conflicts">{t('planHistory.merge.conflicts', { count: merge.result.conflicts.length })}</p>
              </div>
              {merge.problems.length > 0 && (
                <div className="dialog-alert history-error" role="alert">
                  <p className="history-error__title">{t('planHistory.merge.invalid')}</p>
                  <ul className="history-error__details">
                    {merge.problems.map((problem, i) => (
                      <li key={i}>{problem}</li>
                    ))}
                  </ul>
                </div>
              )}
              <ConflictList conflicts={merge.result.conflicts} choices={merge.choices} />
            </>
          )}
        </div>
        <div className="history-dialog__actions">
          <button type="button" className="button" onClick={closePlanHistory}>
            {t('planHistory.cancel')}
          </button>
          {merge.step === 'choose' && (
            <button type="button" className="button button--primary" data-autofocus="" disabled={busy} onClick={() => void chooseTheirCopy()}>
              {t('planHistory.merge.choose')}
            </button>
          )}
          {merge.step === 'no-common' && (
            <>
              <button type="button" className="button" onClick={mergeWithoutBase}>
                {t('planHistory.merge.twoWay')}
              </button>
              <button type="button" className="button button--primary" data-autofocus="" disabled={busy} onClick={() => void chooseBaseFile()}>
                {t('planHistory.merge.chooseBase')}
              </button>
            </>
          )}
          {merge.step === 'review' && (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => void chooseBaseFile()}>
                {t('planHistory.merge.chooseBase')}
              </button>
              <button type="button" className="button button--primary" onClick={applyMerge}>
                {t('planHistory.merge.apply')}
              </button>
            </>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
