import { useId, useMemo } from 'react';
import { planItems } from '../../../shared/history/plan-items';
import { diffPlans } from '../../../shared/history/plan-diff';
import { listSnapshots } from '../../../shared/history/snapshots';
import type { Translate } from '../../../shared/i18n/translator';
import type { AnyLocale } from '../../../shared/i18n/locales';
import type { SnapshotInfo } from '../../../shared/history/history-types';
import { ModalDialog } from '../../components/ModalDialog';
import { useLocale, useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { HistoryError } from '../HistoryError';
import { backToList, chooseComparisonFile, closePlanHistory, planOfSide, setCompareSide, swapCompareSides, toggleChangeKind } from '../plan-history-actions';
import { CHANGE_KINDS, usePlanHistory, type ComparedSide } from '../plan-history-store';
import { CHANGE_FILTER_KEYS } from '../../../shared/history/change-labels';
import { formatTakenAt } from '../plan-history-text';
import { groupByPillar } from './compare-groups';
import { ChangeGroups } from './ChangeGroups';
import './compare.css';

const CHOOSE_FILE = 'choose-file';

const sideValue = (side: ComparedSide) => (side.source === 'snapshot' ? `snapshot:${side.id}` : side.source);

/** "What changed": two states of the plan side by side, by item, grouped by pillar, filtered by kind of change. */
export function CompareDialog() {
  const t = useT();
  const locale = useLocale();
  const dialog = usePlanHistory((s) => (s.dialog?.kind === 'compare' ? s.dialog : null));
  const fromList = usePlanHistory((s) => s.fromList);
  const busy = usePlanHistory((s) => s.busy);
  const plan = usePlanner((s) => s.plan);
  const snapshots = useMemo(() => (plan ? [...listSnapshots(plan)].reverse() : []), [plan]);

  const fromSide = dialog?.from;
  const toSide = dialog?.to;
  // Toggling a filter leaves the sides as they are: the diff is made again only when a side changes.
  const compared = useMemo(() => {
    if (!plan || !fromSide || !toSide) return null;
    const from = planOfSide(fromSide, plan);
    const to = planOfSide(toSide, plan);
    if (from.status === 'refused') return { status: 'refused' as const, message: from.message };
    if (to.status === 'refused') return { status: 'refused' as const, message: to.message };
    return { status: 'ok' as const, diff: diffPlans(from.plan, to.plan), before: planItems(from.plan), after: planItems(to.plan) };
  }, [plan, fromSide, toSide]);
  if (!dialog || !compared) return null;

  const groups = compared.status === 'ok' ? groupByPillar(compared.diff, dialog.hidden, compared.before, compared.after) : [];
  const total = compared.status === 'ok' ? compared.diff.items.length : 0;

  return (
    <ModalDialog title={t('planHistory.compare.title')} role="dialog" block="history-dialog" className="history-dialog--wide history-dialog--tall" busy={busy} onCancel={fromList ? backToList : closePlanHistory}>
      <div className="history-dialog__form">
        <div className="compare-sides">
          <SideSelect which="from" side={dialog.from} snapshots={snapshots} t={t} locale={locale} />
          <button type="button" className="button compare-sides__swap" onClick={swapCompareSides}>
            {t('planHistory.compare.swap')}
          </button>
          <SideSelect which="to" side={dialog.to} snapshots={snapshots} t={t} locale={locale} />
        </div>
        <HistoryError />
        {busy && <p className="history-dialog__status">{t('planHistory.compare.loading')}</p>}
        {compared.status === 'ok' && (
          <div className="compare-filters" role="group" aria-label={t('planHistory.compare.filters')}>
            {CHANGE_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className={`compare-filter compare-filter--${kind}`}
                aria-pressed={!dialog.hidden.includes(kind)}
                disabled={compared.diff.counts[kind] === 0}
                onClick={() => toggleChangeKind(kind)}
              >
                {t(CHANGE_FILTER_KEYS[kind], { count: compared.diff.counts[kind] })}
              </button>
            ))}
          </div>
        )}
        <div className="history-dialog__scroll compare-results" tabIndex={-1}>
          {compared.status === 'refused' ? (
            <p className="dialog-alert history-error">{compared.message}</p>
          ) : (
            <>
              <p className="history-dialog__lead" role="status">
                {total === 0 ? t('planHistory.compare.same') : t('planHistory.compare.summary', { count: total })}
              </p>
              {total > 0 && groups.length === 0 && <p className="history-dialog__empty">{t('planHistory.compare.filteredOut')}</p>}
              <ChangeGroups groups={groups} before={compared.before} after={compared.after} t={t} locale={locale} />
            </>
          )}
        </div>
        <div className="history-dialog__actions">
          {fromList && (
            <button type="button" className="button history-dialog__back" onClick={backToList}>
              {t('planHistory.back')}
            </button>
          )}
          <button type="button" className="button button--primary" onClick={closePlanHistory}>
            {t('planHistory.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

function SideSelect({ which, side, snapshots, t, locale }: { which: 'from' | 'to'; side: ComparedSide; snapshots: readonly SnapshotInfo[]; t: Translate; locale: AnyLocale }) {
  const id = useId();
  const onChange = (value: string) => {
    if (value === CHOOSE_FILE) void chooseComparisonFile(which);
    else if (value === 'now') setCompareSide(which, { source: 'now' });
    else if (value.startsWith('snapshot:')) setCompareSide(which, { source: 'snapshot', id: value.slice('snapshot:'.length) });
  };
  return (
    <div className="compare-sides__side">
      <label className="history-field__label" htmlFor={id}>
        {which === 'from' ? t('planHistory.compare.from') : t('planHistory.compare.to')}
      </label>
      <select id={id} className="history-field__input" value={sideValue(side)} data-autofocus={which === 'from' ? '' : undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="now">{t('planHistory.source.now')}</option>
        {snapshots.map((snapshot) => (
          <option key={snapshot.id} value={`snapshot:${snapshot.id}`}>
            {t('planHistory.source.snapshot', { name: snapshot.name, date: formatTakenAt(snapshot.takenAt, locale) })}
          </option>
        ))}
        {side.source === 'file' && <option value="file">{t('planHistory.source.file', { name: side.name })}</option>}
        <option value={CHOOSE_FILE}>{t('planHistory.source.chooseFile')}</option>
      </select>
    </div>
  );
}
