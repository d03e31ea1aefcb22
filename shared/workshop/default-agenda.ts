import type { MessageKey, Translate } from '../i18n/translator';
import type { WorkshopStep, WorkshopStepKind, WorkshopTarget } from '../model';

/*
 * The off-site as DOMAIN.md runs it: purpose and the four guiding questions first, then pillars and
 * objectives, ideas written problem first, prioritising, the roadmap, governance and readiness, and
 * the decisions the room takes away. About a day's work (6 hours of steps, breaks not counted).
 */
export const DEFAULT_AGENDA: readonly { kind: Exclude<WorkshopStepKind, 'custom'>; opens: WorkshopTarget; minutes: number }[] = [
  { kind: 'purpose', opens: 'plan', minutes: 30 },
  { kind: 'pillars', opens: 'board', minutes: 60 },
  { kind: 'ideas', opens: 'workshop-ideas', minutes: 75 },
  { kind: 'prioritise', opens: 'workshop-voting', minutes: 60 },
  { kind: 'roadmap', opens: 'roadmap', minutes: 60 },
  { kind: 'governance', opens: 'governance', minutes: 45 },
  { kind: 'decisions', opens: 'workshop-decisions', minutes: 30 },
];

/** The default agenda's steps, with ids from `newId` (the domain never makes ids itself). */
export function defaultAgendaSteps(newId: () => string): WorkshopStep[] {
  return DEFAULT_AGENDA.map((step) => ({ id: newId(), kind: step.kind, title: '', ask: '', opens: step.opens, minutes: step.minutes }));
}

const KIND_TITLES: Record<WorkshopStepKind, MessageKey> = {
  purpose: 'workshop.step.purpose.title',
  pillars: 'workshop.step.pillars.title',
  ideas: 'workshop.step.ideas.title',
  prioritise: 'workshop.step.prioritise.title',
  roadmap: 'workshop.step.roadmap.title',
  governance: 'workshop.step.governance.title',
  decisions: 'workshop.step.decisions.title',
  custom: 'workshop.step.custom.title',
};

const KIND_ASKS: Record<WorkshopStepKind, MessageKey> = {
  purpose: 'workshop.step.purpose.ask',
  pillars: 'workshop.step.pillars.ask',
  ideas: 'workshop.step.ideas.ask',
  prioritise: 'workshop.step.prioritise.ask',
  roadmap: 'workshop.step.roadmap.ask',
  governance: 'workshop.step.governance.ask',
  decisions: 'workshop.step.decisions.ask',
  custom: 'workshop.step.custom.ask',
};

/** The step's title: the facilitator's own, or its kind's in t's language. */
export const stepTitle = (step: Pick<WorkshopStep, 'kind' | 'title'>, t: Translate): string => (step.title.trim() !== '' ? step.title : t(KIND_TITLES[step.kind]));

/** What the step asks of the room: the facilitator's own words, or its kind's. */
export const stepAsk = (step: Pick<WorkshopStep, 'kind' | 'ask'>, t: Translate): string => (step.ask.trim() !== '' ? step.ask : t(KIND_ASKS[step.kind]));

/** The agenda's planned length in minutes. */
export const agendaMinutes = (steps: readonly Pick<WorkshopStep, 'minutes'>[]): number => steps.reduce((sum, s) => sum + s.minutes, 0);
