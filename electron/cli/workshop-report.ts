import { t } from '../../shared/i18n/active-locale';
import type { Plan, VotingMode } from '../../shared/model';
import { agendaMinutes } from '../../shared/workshop/default-agenda';
import { orderedDecisions } from '../../shared/workshop/decision-list';
import { overdueDecisions } from '../../shared/workshop/workshop-ops';

/*
 * The workshop block of `aiplan check --json` (#17): how far the off-site has got (agenda, people,
 * ballots) and what it left to chase (parked questions, decisions not done, those past their date).
 */
export interface WorkshopReport {
  agenda: { steps: number; plannedMinutes: number };
  participants: number;
  voting: { mode: VotingMode; revealed: boolean; ballotsDone: number };
  parked: number;
  /** `open` counts every decision not done, the overdue ones among them; `overdue` lists those past their due date, soonest due first. */
  decisions: { total: number; open: number; done: number; overdue: { id: string; text: string; owner: string; due: string }[] };
}

export function workshopReport(plan: Plan, today: string): WorkshopReport {
  const { workshop } = plan;
  const done = workshop.decisions.filter((d) => d.done).length;
  return {
    agenda: { steps: workshop.steps.length, plannedMinutes: agendaMinutes(workshop.steps) },
    participants: workshop.participants.length,
    voting: { mode: workshop.voting.mode, revealed: workshop.voting.revealed, ballotsDone: workshop.voting.ballotsDone.length },
    parked: workshop.parked.length,
    decisions: {
      total: workshop.decisions.length,
      open: workshop.decisions.length - done,
      done,
      overdue: orderedDecisions(overdueDecisions(plan, today)).map((d) => ({ id: d.id, text: d.text, owner: d.owner, due: d.due! })),
    },
  };
}

/** Lines for the text report: nothing while no decision is overdue, else a count and one line per decision. */
export function formatWorkshopSummary(report: WorkshopReport): string[] {
  const { overdue } = report.decisions;
  if (overdue.length === 0) return [];
  return [
    t('workshop.cli.overdue', { count: overdue.length }),
    ...overdue.map((d) =>
      `  ${d.owner.trim() === '' ? t('workshop.cli.overdueItemNoOwner', { due: d.due, text: d.text }) : t('workshop.cli.overdueItem', { due: d.due, owner: d.owner.trim(), text: d.text })}`.replace(/\r?\n/g, ' '),
    ),
  ];
}
