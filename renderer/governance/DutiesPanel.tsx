import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OBLIGATION_ROLES, OBLIGATION_TIERS } from '../../shared/schema/governance-schema';
import { obligationRoleLabel, obligationTierLabel, type ObligationRole, type ObligationTier } from '../../shared/governance/governance-labels';
import { dutiesWithinHorizon, dutyAppliesTo, planObligations, type DutyWithinHorizon, type PlanObligations } from '../../shared/governance/obligations';
import { formatDay, formatMonth } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/translator';
import type { Obligation, Plan } from '../../shared/model';
import { horizonMonths } from '../../shared/roadmap/roadmap-rules';
import { useLocale, useT } from '../i18n/use-t';
import { copyDutiesTable, editDutiesTable, resetDutiesTable, setLiteracyMonth } from '../store/governance-actions';
import { newId } from '../store/ids';
import { usePlanner } from '../store/store';
import { openGovernanceSection } from './open-governance';

/** One computation per plan and language, shared by the view's parts. */
function memoOnPlan<R>(compute: (plan: Plan, t: Translate) => R): (plan: Plan, t: Translate) => R {
  let last: { plan: Plan; t: Translate; value: R } | null = null;
  return (plan, t) => {
    if (last?.plan !== plan || last.t !== t) last = { plan, t, value: compute(plan, t) };
    return last.value;
  };
}

export const dutiesDue = memoOnPlan(dutiesWithinHorizon);
const dutiesTable = memoOnPlan(planObligations);

/** Duties that applied before the horizon starts and concern a live application: already in force. */
const dutiesInForce = memoOnPlan((plan, t): DutyWithinHorizon[] => {
  const live = plan.applications.filter((a) => a.status !== 'retired');
  return planObligations(plan, t)
    .rows.filter((row) => row.applies.slice(0, 7) < plan.meta.horizonStart)
    .map((obligation) => ({ obligation, month: obligation.applies.slice(0, 7), applications: live.filter((a) => dutyAppliesTo(obligation, a)).map((a) => a.id) }))
    .filter((d) => d.applications.length > 0)
    .sort((a, b) => a.obligation.applies.localeCompare(b.obligation.applies));
});

const NO_DUTIES: readonly DutyWithinHorizon[] = [];

function DutyItem({ due }: { due: DutyWithinHorizon }) {
  const titles = usePlanner(useShallow((s) => due.applications.map((id) => s.plan?.applications.find((a) => a.id === id)?.title ?? '')));
  const live = usePlanner((s) => s.plan?.applications.filter((a) => a.status !== 'retired').length ?? 0);
  // A duty of every application (AI literacy) names none of them: the list would say nothing new.
  const everyOne = due.applications.length > 2 && due.applications.length === live;
  const t = useT();
  const locale = useLocale();
  return (
    <li className="duty" data-testid="duty" data-obligation={due.obligation.id}>
      <span className="duty__date">{formatDay(due.obligation.applies, locale, 'medium')}</span>
      <div className="duty__body">
        <p className="duty__text">{due.obligation.duty}</p>
        <p className="duty__meta">
          <span className="governance-tag">{obligationTierLabel(due.obligation.tier, t)}</span>
          <span className="governance-tag">{obligationRoleLabel(due.obligation.role, t)}</span>
          <span className="duty__source">{t('governanceUi.duties.source', { source: due.obligation.source })}</span>
        </p>
        <p className="duty__apps">
          <span className="duty__apps-label">{t('governanceUi.duties.concerns')}</span>
          {everyOne && <span>{t('governanceUi.duties.everyApplication', { count: live })}</span>}
          {!everyOne &&
            due.applications.map((id, i) => (
              <button key={id} type="button" className="duty__app" onClick={() => openGovernanceSection(id)}>
                {titles[i]?.trim() || t('domain.untitled.application')}
              </button>
            ))}
        </p>
      </div>
    </li>
  );
}

function LiteracyMonth() {
  const month = usePlanner((s) => s.plan?.governance.literacyMonth ?? null);
  const meta = usePlanner((s) => s.plan?.meta);
  const locale = useLocale();
  const t = useT();
  const id = useId();
  if (!meta) return null;
  const months = horizonMonths({ meta }, locale).map((m) => m.month);
  // A month set before the horizon moved stays choosable, so the select never shows a different value.
  if (month && !months.includes(month)) months.unshift(month);
  return (
    <div className="literacy">
      <label htmlFor={id} className="plan-field__label">
        {t('governanceUi.literacy.label')}
      </label>
      <p className="plan-field__hint">{t('governanceUi.literacy.hint')}</p>
      <select id={id} className="literacy__select" value={month ?? ''} onChange={(e) => setLiteracyMonth(e.target.value || null)} data-testid="literacy-month">
        <option value="">{t('governanceUi.literacy.none')}</option>
        {months.map((m) => (
          <option key={m} value={m}>
            {formatMonth(m, locale, 'long')}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Duties that start applying within the horizon and concern an application of the plan, with the literacy step. */
export function UpcomingDuties() {
  const t = useT();
  const due = usePlanner((s) => (s.plan ? dutiesDue(s.plan, t) : NO_DUTIES));
  const inForce = usePlanner((s) => (s.plan ? dutiesInForce(s.plan, t) : NO_DUTIES));
  return (
    <section className="governance-block" aria-labelledby="governance-duties-title" data-testid="upcoming-duties">
      <h3 id="governance-duties-title" className="insight-page__subtitle">
        {t('governanceUi.duties.title')}
      </h3>
      <p className="governance-block__hint">{t('governanceUi.duties.hint')}</p>
      {due.length === 0 ? (
        <p className="governance-empty">{t('governanceUi.duties.none')}</p>
      ) : (
        <ol className="duty-list">
          {due.map((d) => (
            <DutyItem key={d.obligation.id} due={d} />
          ))}
        </ol>
      )}
      {inForce.length > 0 && (
        <>
          <h4 className="duty-list__title">{t('governanceUi.duties.inForce')}</h4>
          <ol className="duty-list duty-list--in-force" data-testid="duties-in-force">
            {inForce.map((d) => (
              <DutyItem key={d.obligation.id} due={d} />
            ))}
          </ol>
        </>
      )}
      <LiteracyMonth />
      <DutiesTable />
    </section>
  );
}

function EditableRow({ row, rows }: { row: Obligation; rows: readonly Obligation[] }) {
  const t = useT();
  const patch = (changes: Partial<Obligation>, typing = false) =>
    editDutiesTable(
      rows.map((r) => (r.id === row.id ? { ...r, ...changes } : r)),
      typing ? `${row.id}:${Object.keys(changes).join(',')}` : undefined,
    );
  const label = (field: string) => t('governanceUi.table.field', { field, duty: row.duty.slice(0, 60) });
  return (
    <tr data-testid="duty-row">
      <td>
        <select className="duty-table__input" aria-label={label(t('governanceUi.table.tier'))} value={row.tier} onChange={(e) => patch({ tier: e.target.value as ObligationTier })}>
          {OBLIGATION_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {obligationTierLabel(tier, t)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select className="duty-table__input" aria-label={label(t('governanceUi.table.role'))} value={row.role} onChange={(e) => patch({ role: e.target.value as ObligationRole })}>
          {OBLIGATION_ROLES.map((role) => (
            <option key={role} value={role}>
              {obligationRoleLabel(role, t)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <textarea className="duty-table__input duty-table__text" rows={2} aria-label={label(t('governanceUi.table.duty'))} value={row.duty} maxLength={10_000} onChange={(e) => patch({ duty: e.target.value }, true)} />
      </td>
      <td>
        <input
          type="date"
          className="duty-table__input"
          aria-label={label(t('governanceUi.table.applies'))}
          value={row.applies}
          onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && patch({ applies: e.target.value })}
        />
      </td>
      <td>
        <textarea className="duty-table__input duty-table__text" rows={2} aria-label={label(t('governanceUi.table.source'))} value={row.source} maxLength={500} onChange={(e) => patch({ source: e.target.value }, true)} />
      </td>
      <td>
        <button type="button" className="button button--danger-outline" aria-label={t('governanceUi.table.removeRow', { duty: row.duty.slice(0, 60) })} onClick={() => editDutiesTable(rows.filter((r) => r.id !== row.id))}>
          {t('governanceUi.table.remove')}
        </button>
      </td>
    </tr>
  );
}

function TableBody({ table }: { table: PlanObligations }) {
  const t = useT();
  const locale = useLocale();
  return (
    <table className="duty-table" data-testid="duty-table" data-custom={table.custom || undefined}>
      <thead>
        <tr>
          <th scope="col">{t('governanceUi.table.tier')}</th>
          <th scope="col">{t('governanceUi.table.role')}</th>
          <th scope="col">{t('governanceUi.table.duty')}</th>
          <th scope="col">{t('governanceUi.table.applies')}</th>
          <th scope="col">{t('governanceUi.table.source')}</th>
          {table.custom && (
            <th scope="col">
              <span className="visually-hidden">{t('governanceUi.table.remove')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) =>
          table.custom ? (
            <EditableRow key={row.id} row={row} rows={table.rows} />
          ) : (
            <tr key={row.id} data-testid="duty-row">
              <td>{obligationTierLabel(row.tier, t)}</td>
              <td>{obligationRoleLabel(row.role, t)}</td>
              <td>{row.duty}</td>
              <td className="duty-table__date">{formatDay(row.applies, locale, 'medium')}</td>
              <td className="duty-table__source">{row.source}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** The dated duties table, the shipped one or the plan's own copy, behind a disclosure. */
function DutiesTable() {
  const t = useT();
  const locale = useLocale();
  const table = usePlanner((s) => (s.plan ? dutiesTable(s.plan, t) : null));
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  if (!table) return null;
  const addRow = () =>
    editDutiesTable([...table.rows, { id: newId(), tier: 'all', role: 'both', duty: '', applies: table.rows[table.rows.length - 1]?.applies ?? table.asOf, source: '' }]);
  return (
    <div className="duty-table-box">
      <div className="duty-table-box__head">
        <button type="button" className="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {t('governanceUi.table.toggle')}
        </button>
        <span className="duty-table-box__asof" data-testid="duties-as-of">
          {table.custom ? t('governanceUi.table.asOf.custom', { date: formatDay(table.asOf, locale, 'medium') }) : t('governanceUi.table.asOf.shipped', { date: formatDay(table.asOf, locale, 'medium') })}
        </span>
      </div>
      {open && (
        <div id={bodyId} className="duty-table-box__body">
          <p className="governance-block__hint">{table.custom ? t('governanceUi.table.customHint') : t('governanceUi.table.shippedHint')}</p>
          <div className="duty-table-box__actions">
            {table.custom ? (
              <>
                <button type="button" className="button" onClick={addRow}>
                  {t('governanceUi.table.addRow')}
                </button>
                <button type="button" className="button" onClick={() => resetDutiesTable()}>
                  {t('governanceUi.table.reset')}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => copyDutiesTable()}>
                {t('governanceUi.table.edit')}
              </button>
            )}
          </div>
          <div className="duty-table-box__scroll">
            <TableBody table={table} />
          </div>
        </div>
      )}
    </div>
  );
}
