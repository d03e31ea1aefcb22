import { memo, useId, useRef } from 'react';
import { formatList, formatNumber } from '../../../shared/i18n/format';
import type { ApplicationTally, ScoreSummary } from '../../../shared/workshop/tally';
import { WINDOWED_FROM } from '../../board/board-window';
import { Icon } from '../../components/icons';
import { gapProps, useListWindow, windowItemProps } from '../../components/list-window';
import { useLocale, useT } from '../../i18n/use-t';
import { selectApplication } from '../../store/plan-selectors';
import { usePlanner } from '../../store/store';
import { revealVotes } from '../../store/workshop-actions';
import { applyResults, clearAllVotes, reveal } from './voting-commands';
import { applicationTitle, revealOf, selectVoting } from './voting-selectors';
import './results.css';

const ROW_HEIGHT = 56;
const rowEstimate = () => ROW_HEIGHT;

/** A score column: the median, and under it the lowest and highest score given. */
function ScoreCell({ summary, column }: { summary: ScoreSummary; column: 'impact' | 'feasibility' }) {
  const t = useT();
  const locale = useLocale();
  if (summary.median === null) return <td className="voting-table__num" data-column={column}>{t('workshopVoting.results.noScore')}</td>;
  return (
    <td className="voting-table__num" data-column={column} data-median={summary.median} data-spread={summary.spread}>
      <span className="voting-table__median">{formatNumber(summary.median, locale, { maximumFractionDigits: 1 })}</span>
      <span className="voting-table__range">{t('workshopVoting.results.range', { min: summary.min ?? summary.median, max: summary.max ?? summary.median })}</span>
    </td>
  );
}

const ResultRow = memo(function ResultRow({ row, mode, starter }: { row: ApplicationTally; mode: 'dots' | 'scores'; starter: boolean }) {
  const t = useT();
  const title = applicationTitle(usePlanner(selectApplication(row.applicationId)), t('domain.untitled.application'));
  return (
    <tr className="voting-table__row" data-testid="result-row" data-application-id={row.applicationId} data-wide-spread={row.wideSpread || undefined} {...windowItemProps(row.applicationId)}>
      <th scope="row" className="voting-table__app">
        <span className="voting-table__title">{title}</span>
        {(starter || (mode === 'scores' && row.wideSpread)) && (
          <span className="voting-table__marks">
            {starter && (
              <span className="voting-mark voting-mark--starter" data-testid="starter-mark">
                <span aria-hidden="true">★</span>
                {t('workshopVoting.results.starter')}
              </span>
            )}
            {mode === 'scores' && row.wideSpread && (
              <span className="voting-mark voting-mark--discuss" data-testid="wide-spread">
                <Icon name="alert" size={16} />
                {t('workshopVoting.results.discuss')}
              </span>
            )}
          </span>
        )}
      </th>
      {mode === 'dots' ? (
        <>
          <td className="voting-table__num" data-column="dots">
            <span className="voting-table__median">{row.dots}</span>
          </td>
          <td className="voting-table__num" data-column="people">
            {row.dotVoters}
          </td>
        </>
      ) : (
        <>
          <ScoreCell summary={row.impact} column="impact" />
          <ScoreCell summary={row.feasibility} column="feasibility" />
          <td className="voting-table__num" data-column="people">
            {Math.max(row.impact.count, row.feasibility.count)}
          </td>
        </>
      )}
    </tr>
  );
});

/** The tally as a table, most voted first; long tables mount only the rows near the visible part. */
function ResultsTable({ rows, mode, starters }: { rows: readonly ApplicationTally[]; mode: 'dots' | 'scores'; starters: ReadonlySet<string> }) {
  const t = useT();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const ids = rows.map((r) => r.applicationId);
  const byId = new Map(rows.map((r) => [r.applicationId, r]));
  const segments = useListWindow(bodyRef, { windowed: rows.length >= WINDOWED_FROM, ids, kind: `voting-result-${mode}`, estimate: rowEstimate });
  const columns = mode === 'dots' ? 3 : 4;
  return (
    <div className="voting-table__scroll">
      <table className="voting-table" data-testid="results-table" data-mode={mode}>
        <thead>
          <tr>
            <th scope="col">{t('workshopVoting.results.application')}</th>
            {mode === 'dots' ? (
              <th scope="col" className="voting-table__num">
                {t('workshopVoting.results.dots')}
              </th>
            ) : (
              <>
                <th scope="col" className="voting-table__num">
                  {t('workshopVoting.results.impact')}
                </th>
                <th scope="col" className="voting-table__num">
                  {t('workshopVoting.results.feasibility')}
                </th>
              </>
            )}
            <th scope="col" className="voting-table__num">
              {t('workshopVoting.results.people')}
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {segments.map((segment) =>
            segment.kind === 'item' ? (
              <ResultRow key={segment.id} row={byId.get(segment.id)!} mode={mode} starter={starters.has(segment.id)} />
            ) : (
              <tr key={segment.key} className="window-gap" {...gapProps(segment)}>
                <td colSpan={columns} style={{ padding: 0, border: 0 }} />
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The reveal (#17 §3): hidden while ballots are secret, live running totals when they are not.
 * Applying the medians and clearing the votes ask nothing first: each is one undo step, and the
 * status line says so.
 */
export function Results() {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const voting = usePlanner(selectVoting);
  const plan = usePlanner((s) => s.plan);
  if (!voting || !plan) return null;
  const { tally, starters } = revealOf(plan);
  const visible = voting.revealed || !voting.secret;
  const hasVotes = plan.workshop.dots.length + plan.workshop.scores.length > 0;
  const starterNames = starters.map((id) => applicationTitle(plan.applications.find((a) => a.id === id), t('domain.untitled.application')));
  const rows = tally.rows;
  return (
    <section className="voting-block voting-results" aria-labelledby={titleId} data-testid="voting-results" data-revealed={voting.revealed}>
      <div className="voting-results__head">
        <h3 id={titleId} className="voting-block__title">
          {voting.secret ? t('workshopVoting.results.title') : t('workshopVoting.results.liveTitle')}
        </h3>
        <div className="voting-results__actions">
          {voting.secret && !voting.revealed && (
            <button id="voting-reveal" type="button" className="button button--primary" onClick={reveal}>
              {t('workshopVoting.results.reveal')}
            </button>
          )}
          {voting.secret && voting.revealed && (
            <button type="button" className="button" onClick={() => revealVotes(false)}>
              {t('workshopVoting.results.hide')}
            </button>
          )}
          {visible && (
            <button type="button" className="button" disabled={rows.length === 0} onClick={applyResults}>
              {voting.mode === 'scores' ? t('workshopVoting.results.apply') : t('workshopVoting.results.applyStarters')}
            </button>
          )}
          <button type="button" className="button" disabled={!hasVotes && voting.ballotsDone.length === 0} onClick={clearAllVotes}>
            {t('workshopVoting.results.clear')}
          </button>
        </div>
      </div>
      {!visible ? (
        <p className="voting-note" data-testid="results-hidden">
          {t('workshopVoting.results.hidden', { done: voting.ballotsDone.length })}
        </p>
      ) : rows.length === 0 ? (
        <p className="voting-note">{t('workshopVoting.results.none')}</p>
      ) : (
        <>
          <p className="voting-starters" data-testid="starter-candidates">
            <span aria-hidden="true">★ </span>
            {starterNames.length > 0 ? t('workshopVoting.results.starters', { names: formatList(starterNames, locale), count: starterNames.length }) : t('workshopVoting.results.noStarters')}
          </p>
          {voting.mode === 'scores' && <p className="voting-note">{t('workshopVoting.results.scoresNote')}</p>}
          <ResultsTable rows={rows} mode={voting.mode} starters={new Set(starters)} />
        </>
      )}
    </section>
  );
}
