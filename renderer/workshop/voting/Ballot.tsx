import { useId, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { DotBallot } from './DotBallot';
import { ScoreBallot } from './ScoreBallot';
import { handOn } from './voting-commands';
import { selectParticipants, selectVoting } from './voting-selectors';
import { useVotingUi, votingUiStore } from './voting-ui-store';
import './ballot.css';

/** The open ballot of one person: only their own votes, and the button that hands the laptop on. */
function OpenBallot({ voterId, name, onHandedOn }: { voterId: string; name: string; onHandedOn: () => void }) {
  const t = useT();
  const voting = usePlanner(selectVoting);
  if (!voting) return null;
  return (
    <div className="ballot-sheet" data-testid="ballot" data-voter={voterId}>
      <h4 className="ballot-sheet__title">{t('workshopVoting.ballot.sheetTitle', { name })}</h4>
      {voting.secret && <p className="voting-note">{t('workshopVoting.ballot.secretNote', { name })}</p>}
      {voting.mode === 'dots' ? <DotBallot voterId={voterId} /> : <ScoreBallot voterId={voterId} />}
      <div className="ballot-sheet__done">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            handOn(voterId);
            onHandedOn();
          }}
        >
          {t('workshopVoting.ballot.done')}
        </button>
      </div>
    </div>
  );
}

/**
 * Pass the laptop: pick who votes now, they vote, "Done" shuts their ballot. The row of people is
 * also the progress: a tick for each ballot in, never its votes. With secret ballots a finished
 * ballot stays shut until the reveal, so the next person cannot open it.
 */
export function Ballot() {
  const t = useT();
  const titleId = useId();
  const participants = usePlanner(selectParticipants);
  const voting = usePlanner(selectVoting);
  const voter = useVotingUi((s) => s.voter);
  const handedOn = useVotingUi((s) => s.handedOn);
  const listRef = useRef<HTMLUListElement>(null);
  if (!voting) return null;
  const done = new Set(voting.ballotsDone);
  const locked = voting.secret && !voting.revealed;
  const open = participants.find((p) => p.id === voter && !(locked && done.has(p.id)));
  const nameOf = (p: { name: string }) => p.name.trim() || t('workshopVoting.people.unnamed');
  const handedOnName = participants.find((p) => p.id === handedOn);
  const doneCount = participants.filter((p) => done.has(p.id)).length;
  // The next person's button takes the focus, or, once everyone has voted, the reveal.
  const focusNext = () =>
    requestAnimationFrame(() => {
      const next = listRef.current?.querySelector<HTMLButtonElement>('button[data-done="false"]') ?? document.getElementById('voting-reveal');
      next?.focus();
    });
  return (
    <section className="voting-block voting-ballot" aria-labelledby={titleId} data-testid="voting-ballot">
      <h3 id={titleId} className="voting-block__title">
        {t('workshopVoting.ballot.title')}
      </h3>
      {participants.length === 0 ? (
        <p className="voting-note">{t('workshopVoting.ballot.noPeople')}</p>
      ) : (
        <>
          <p className="voting-progress__count" data-testid="ballot-progress">
            {t('workshopVoting.ballot.progress', { done: doneCount, total: participants.length })}
          </p>
          <ul ref={listRef} className="voting-progress" aria-label={t('workshopVoting.ballot.whoVotes')}>
            {participants.map((p) => {
              const isDone = done.has(p.id);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className="voting-voter"
                    data-testid="voter"
                    data-done={isDone}
                    aria-pressed={open?.id === p.id}
                    disabled={isDone && locked}
                    onClick={() => votingUiStore.getState().openBallot(p.id)}
                  >
                    {isDone && (
                      <span className="voting-voter__tick" aria-hidden="true">
                        ✓
                      </span>
                    )}
                    {isDone ? t('workshopVoting.ballot.hasVoted', { name: nameOf(p) }) : t('workshopVoting.ballot.votes', { name: nameOf(p) })}
                  </button>
                </li>
              );
            })}
          </ul>
          {open ? (
            <OpenBallot key={open.id} voterId={open.id} name={nameOf(open)} onHandedOn={focusNext} />
          ) : (
            <p className="voting-note voting-note--next" role="status" data-testid="ballot-shut">
              {handedOnName
                ? doneCount === participants.length
                  ? t('workshopVoting.ballot.allIn', { name: nameOf(handedOnName) })
                  : t('workshopVoting.ballot.handedOn', { name: nameOf(handedOnName) })
                : t('workshopVoting.ballot.pick')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
