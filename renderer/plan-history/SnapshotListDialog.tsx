import { useMemo } from 'react';
import { listSnapshots } from '../../shared/history/snapshots';
import { ModalDialog } from '../components/ModalDialog';
import { useLocale, useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { HistoryError } from './HistoryError';
import { askDeleteSnapshot, closePlanHistory, compareWithNow, openCompare, openTakeSnapshot, restoreFromHistory, viewSnapshot } from './plan-history-actions';
import { formatTakenAt } from './plan-history-text';

/** File › Snapshots…: every snapshot of the plan, newest first, each to view, compare, restore or delete. */
export function SnapshotListDialog() {
  const t = useT();
  const locale = useLocale();
  const plan = usePlanner((s) => s.plan);
  const snapshots = useMemo(() => (plan ? [...listSnapshots(plan)].reverse() : []), [plan]);

  return (
    <ModalDialog title={t('planHistory.list.title')} role="dialog" block="history-dialog" onCancel={closePlanHistory}>
      <div className="history-dialog__form">
        <div className="history-dialog__scroll">
          <p className="history-dialog__lead">{t('planHistory.list.lead', { count: snapshots.length })}</p>
          <div className="history-dialog__tools">
            <button type="button" className="button button--primary" data-autofocus="" onClick={openTakeSnapshot}>
              {t('planHistory.list.take')}
            </button>
            <button type="button" className="button" onClick={openCompare}>
              {t('planHistory.list.compareTwo')}
            </button>
          </div>
          <HistoryError />
          {snapshots.length === 0 ? (
            <p className="history-dialog__empty">{t('planHistory.list.empty')}</p>
          ) : (
            <ol className="snapshot-list" aria-label={t('planHistory.list.caption')}>
              {snapshots.map((snapshot) => (
                <li key={snapshot.id} className="snapshot-list__item" aria-label={snapshot.name}>
                  <div className="snapshot-list__text">
                    <p className="snapshot-list__name">{snapshot.name}</p>
                    <p className="snapshot-list__date">
                      <time dateTime={snapshot.takenAt}>{formatTakenAt(snapshot.takenAt, locale)}</time>
                    </p>
                    {snapshot.note && <p className="snapshot-list__note">{snapshot.note}</p>}
                  </div>
                  <div className="snapshot-list__actions">
                    <button type="button" className="button" aria-label={t('planHistory.list.view.label', { name: snapshot.name })} onClick={() => viewSnapshot(snapshot.id)}>
                      {t('planHistory.list.view')}
                    </button>
                    <button type="button" className="button" aria-label={t('planHistory.list.compare.label', { name: snapshot.name })} onClick={() => compareWithNow(snapshot.id)}>
                      {t('planHistory.list.compare')}
                    </button>
                    <button type="button" className="button" aria-label={t('planHistory.list.restore.label', { name: snapshot.name })} onClick={() => restoreFromHistory(snapshot.id)}>
                      {t('planHistory.list.restore')}
                    </button>
                    <button type="button" className="button" aria-label={t('planHistory.list.delete.label', { name: snapshot.name })} onClick={() => askDeleteSnapshot(snapshot.id)}>
                      {t('planHistory.list.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="history-dialog__actions">
          <button type="button" className="button" onClick={closePlanHistory}>
            {t('planHistory.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
