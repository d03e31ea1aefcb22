import { memo, useId } from 'react';
import { dotsLeft } from '../../../shared/workshop/tally';
import { windowItemProps } from '../../components/list-window';
import { useT } from '../../i18n/use-t';
import { selectApplication } from '../../store/plan-selectors';
import { usePlanner, type PlannerState } from '../../store/store';
import { giveDots } from '../../store/workshop-actions';
import { BallotGroups } from './BallotGroups';
import { selectOwnVote } from './voting-selectors';

const selectDotsLeft = (voterId: string) => (s: PlannerState) => (s.plan ? dotsLeft(s.plan.workshop, voterId) : 0);

/** One application on a dot ballot: its title, then − the person's own dots +. */
const DotRow = memo(function DotRow({ id, voterId }: { id: string; voterId: string }) {
  const t = useT();
  const titleId = useId();
  const app = usePlanner(selectApplication(id));
  const dots = usePlanner(selectOwnVote(voterId, id)).dots;
  const left = usePlanner(selectDotsLeft(voterId));
  const title = app?.title.trim() || t('domain.untitled.application');
  return (
    <li className="ballot-row" data-testid="ballot-row" data-application-id={id} {...windowItemProps(id)}>
      <span id={titleId} className="ballot-row__title">
        {title}
      </span>
      <span className="dot-stepper" role="group" aria-labelledby={titleId}>
        <button type="button" className="dot-stepper__button" aria-label={t('workshopVoting.dots.less', { title })} disabled={dots === 0} onClick={() => giveDots(voterId, id, dots - 1)}>
          <span aria-hidden="true">−</span>
        </button>
        <span className="dot-stepper__count" data-testid="own-dots" data-dots={dots}>
          {t('workshopVoting.dots.count', { count: dots })}
        </span>
        <button type="button" className="dot-stepper__button" aria-label={t('workshopVoting.dots.more', { title })} disabled={left === 0} onClick={() => giveDots(voterId, id, dots + 1)}>
          <span aria-hidden="true">+</span>
        </button>
      </span>
    </li>
  );
});

/** A dot ballot: the person's dots left, and their own dots on each application; never anyone else's. */
export function DotBallot({ voterId }: { voterId: string }) {
  const t = useT();
  const left = usePlanner(selectDotsLeft(voterId));
  return (
    <>
      <p className="ballot-left" role="status" data-testid="dots-left" data-left={left}>
        {t('workshopVoting.dots.left', { count: left })}
      </p>
      <BallotGroups voterId={voterId} Row={DotRow} kind="ballot-dots" rowHeight={52} />
    </>
  );
}
