import { useMemo } from 'react';
import { baselineToTarget } from '../format/kpi-format';
import { usePlanner } from '../store/store';
import { applicationMatches, filterIsActive, objectiveMatches, pillarMatches } from './board-filter';
import { moneyFactsOf } from './money-facts';
import { MoneyCells, MoneyHeaders } from './MoneyCells';
import { useMoney } from '../value/money-locale';
import { useBoardView } from './board-view-store';
import { indexPlan } from '../../shared/plan-index';
import { selectOnClick } from './select-on-click';
import { matrixRows, type TableCell } from './table-rows';
import type { ItemKind } from '../../shared/model';
import { useT } from '../i18n/use-t';

/** The same matrix as the board, one row per KPI, like the stock example in a strategy document. */
export function MatrixTable() {
  const plan = usePlanner((s) => s.plan);
  const selection = usePlanner((s) => s.selection);
  const filter = useBoardView((s) => s.filter);
  const rows = useMemo(() => (plan ? matrixRows(plan, baselineToTarget) : []), [plan]);
  const t = useT();
  const money = useMoney();
  if (!plan) return null;
  const index = indexPlan(plan);
  const facts = moneyFactsOf(plan);
  const filtering = filterIsActive(filter);
  const cell = (kind: ItemKind, value: TableCell | null, empty: string) =>
    value ? (
      <td
        data-item-kind={kind}
        data-item-id={value.id}
        data-selected={(selection?.kind === kind && selection.id === value.id) || undefined}
        onClick={selectOnClick(kind, value.id)}
      >
        {value.text || t('board.table.untitled')}
      </td>
    ) : (
      <td className="matrix-table__empty">{empty}</td>
    );
  return (
    // A region the keyboard can reach and scroll: the table is wider than the view beside the panel.
    <div className="matrix-table-wrap" role="region" aria-label={t('board.table.region')} tabIndex={0}>
      <table className="matrix-table" data-testid="matrix-table">
        <thead>
          <tr>
            <th scope="col">{t('board.table.pillar')}</th>
            <th scope="col">{t('board.table.objective')}</th>
            <th scope="col">{t('board.table.application')}</th>
            <th scope="col">{t('board.table.kpi')}</th>
            <th scope="col">{t('board.table.values')}</th>
            <th scope="col">{t('board.table.kpiOwner')}</th>
            {/* Last, so that the matrix's own four columns keep their places. */}
            <MoneyHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const dimmed =
              filtering &&
              (row.application
                ? !applicationMatches(index, row.application.id, filter, facts)
                : row.objective
                  ? !objectiveMatches(index, row.objective.id, filter, facts)
                  : row.pillar
                    ? !pillarMatches(index, row.pillar.id, filter, facts)
                    : false);
            return (
              <tr key={row.key} data-dimmed={dimmed || undefined}>
                {cell('pillar', row.pillar, row.application ? t('board.table.unalignedIdea') : '—')}
                {cell('objective', row.objective, row.application && !row.objective ? t('board.table.noObjective') : '—')}
                {cell('application', row.application, '—')}
                {cell('kpi', row.kpi, row.application ? t('board.table.noKpi') : '—')}
                <td>{row.kpi?.values ?? ''}</td>
                <td>{row.kpi?.owner ?? ''}</td>
                <MoneyCells plan={plan} money={money} facts={row.application ? (facts.get(row.application.id) ?? null) : null} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
