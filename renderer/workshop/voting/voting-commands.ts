import { t } from '../../../shared/i18n/active-locale';
import type { Plan } from '../../../shared/model';
import { applyVotes, clearVotes, finishBallot, removeParticipant, revealVotes } from '../../store/workshop-actions';
import { plannerStore } from '../../store/store';
import { votingUiStore } from './voting-ui-store';

/*
 * The voting panel's weightier gestures: the store verb (one undo step each), then a status line
 * that says what changed and that Undo takes it back, since none of them asks first.
 */

const say = (message: string) => plannerStore.getState().setStatusMessage(message);
const currentPlan = (): Plan | null => plannerStore.getState().plan;

/** Removes a person with their votes, and shuts their ballot if it was open. */
export function removePerson(id: string, name: string): void {
  const plan = currentPlan();
  const votes = plan ? plan.workshop.dots.filter((v) => v.participantId === id).length + plan.workshop.scores.filter((v) => v.participantId === id).length : 0;
  if (!removeParticipant(id)) return;
  if (votingUiStore.getState().voter === id) votingUiStore.getState().openBallot(null);
  say(t('workshopVoting.status.removed', { name, votes }));
}

/** The person's ballot is in: it shuts, and the laptop goes on. */
export function handOn(id: string): void {
  finishBallot(id, true);
  votingUiStore.getState().handOn(id);
}

/** The reveal: the results show, and the status line says how many ballots they count. */
export function reveal(): void {
  if (!revealVotes(true)) return;
  say(t('workshopVoting.status.revealed', { ballots: currentPlan()?.workshop.voting.ballotsDone.length ?? 0 }));
}

/** Medians to the applications' scores and the starter candidates marked, as one undo step; says how many changed. */
export function applyResults(): void {
  const before = currentPlan();
  if (!before || !applyVotes()) {
    say(t('workshopVoting.status.nothingToApply'));
    return;
  }
  const after = currentPlan()!;
  const was = new Map(before.applications.map((a) => [a.id, a]));
  let rescored = 0;
  let starters = 0;
  for (const a of after.applications) {
    const old = was.get(a.id);
    if (!old) continue;
    if (old.impact !== a.impact || old.feasibility !== a.feasibility) rescored++;
    if (!old.starter && a.starter) starters++;
  }
  say(t('workshopVoting.status.applied', { rescored, starters }));
}

/** Every vote and ballot cleared, the results hidden: nothing asks first, Undo is the way back. */
export function clearAllVotes(): void {
  const plan = currentPlan();
  const people = new Set(plan ? [...plan.workshop.dots, ...plan.workshop.scores].map((v) => v.participantId) : []).size;
  if (!clearVotes()) return;
  votingUiStore.getState().openBallot(null);
  say(t('workshopVoting.status.cleared', { people }));
}
