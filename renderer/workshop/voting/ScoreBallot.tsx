import { memo, useId } from 'react';
import type { MessageKey } from '../../../shared/i18n/translator';
import { windowItemProps } from '../../components/list-window';
import { useT } from '../../i18n/use-t';
import { selectApplication } from '../../store/plan-selectors';
import { usePlanner } from '../../store/store';
import { scoreApplication } from '../../store/workshop-actions';
import { BallotGroups } from './BallotGroups';
import { selectOwnVote } from './voting-selectors';

const SCORES = [1, 2, 3, 4, 5] as const;
type Scale = 'impact' | 'feasibility';
const SCALE_NAMES: Record<Scale, MessageKey> = { impact: 'workshopVoting.scores.impact', feasibility: 'workshopVoting.scores.feasibility' };
const SCALE_OF: Record<Scale, MessageKey> = { impact: 'workshopVoting.scores.impactOf', feasibility: 'workshopVoting.scores.feasibilityOf' };

/** Five radio buttons, 1 to 5: Tab reaches the group, the arrow keys choose, as native radios do. */
function ScoreScale({ voterId, applicationId, title, scale, value }: { voterId: string; applicationId: string; title: string; scale: Scale; value: number | null }) {
  const t = useT();
  const name = useId();
  return (
    <span className="score-scale" role="radiogroup" aria-label={t(SCALE_OF[scale], { title })} data-scale={scale}>
      <span className="score-scale__name" aria-hidden="true">
        {t(SCALE_NAMES[scale])}
      </span>
      {SCORES.map((n) => (
        <label key={n} className="score-scale__choice">
          <input type="radio" className="visually-hidden" name={name} value={n} checked={value === n} onChange={() => scoreApplication(voterId, applicationId, { [scale]: n })} />
          <span className="score-scale__number">{n}</span>
        </label>
      ))}
    </span>
  );
}

const ScoreRow = memo(function ScoreRow({ id, voterId }: { id: string; voterId: string }) {
  const t = useT();
  const app = usePlanner(selectApplication(id));
  const vote = usePlanner(selectOwnVote(voterId, id));
  const title = app?.title.trim() || t('domain.untitled.application');
  return (
    <li className="ballot-row ballot-row--scores" data-testid="ballot-row" data-application-id={id} {...windowItemProps(id)}>
      <span className="ballot-row__title">{title}</span>
      <span className="ballot-row__scales">
        <ScoreScale voterId={voterId} applicationId={id} title={title} scale="impact" value={vote.impact} />
        <ScoreScale voterId={voterId} applicationId={id} title={title} scale="feasibility" value={vote.feasibility} />
      </span>
    </li>
  );
});

/** A score ballot: the person's own impact and feasibility, 1 (low) to 5 (high), for each application. */
export function ScoreBallot({ voterId }: { voterId: string }) {
  const t = useT();
  return (
    <>
      <p className="ballot-left">{t('workshopVoting.scores.howTo')}</p>
      <BallotGroups voterId={voterId} Row={ScoreRow} kind="ballot-scores" rowHeight={64} />
    </>
  );
}
