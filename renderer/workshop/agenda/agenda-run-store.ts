import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ViewId } from '../../../shared/commands/command-catalogue';
import type { WorkshopStep, WorkshopTarget } from '../../../shared/model';
import { elapsedMs } from '../../clock';
import { plannerStore } from '../../store/store';
import { workshopUiStore, type WorkshopPanel } from '../workshop-ui-store';
import { addMinutes, newTimer, pauseTimer, remainingMs, startTimer, toggleTimer, type StepTimer } from './timer';

/*
 * The agenda as it runs in the room (#17): which step is on, and each step's countdown. View state
 * only: never in the plan, never in undo history, gone when the app closes. The steps themselves
 * are read from the plan each time, so an edit to the agenda while it runs counts at once.
 */

export interface AgendaRunState {
  /** The step on screen, or null while the agenda is not running. */
  stepId: string | null;
  /** Each step's countdown, made when the step is first reached; a step gone back to keeps its time. */
  timers: Readonly<Record<string, StepTimer>>;
  /** Steps whose "time's up" has been chimed, so that it sounds once, not on every tick. */
  chimed: Readonly<Record<string, true>>;
}

const IDLE: AgendaRunState = { stepId: null, timers: {}, chimed: {} };

export const agendaRunStore = createStore<AgendaRunState>()(() => IDLE);

export const useAgendaRun = <T>(selector: (s: AgendaRunState) => T): T => useStore(agendaRunStore, selector);

/** What going to a step does outside the run: tests pass their own. */
export interface AgendaDeps {
  steps(): readonly WorkshopStep[];
  at(): number;
  open(target: WorkshopTarget): void;
}

const stepsOfPlan = (): readonly WorkshopStep[] => plannerStore.getState().plan?.workshop.steps ?? [];

/** A step's target on screen: an app view, or the Workshop view at one of its panels. */
export function openTarget(target: WorkshopTarget): void {
  if (target.startsWith('workshop-')) {
    workshopUiStore.getState().setPanel(target.slice('workshop-'.length) as WorkshopPanel);
    plannerStore.getState().setActiveView('workshop');
  } else {
    plannerStore.getState().setActiveView(target as ViewId);
  }
}

const liveDeps: AgendaDeps = { steps: stepsOfPlan, at: elapsedMs, open: openTarget };

export const isAgendaRunning = (s: AgendaRunState = agendaRunStore.getState()): boolean => s.stepId !== null;

/** The index of the step on screen among `steps`, or -1. */
export const currentIndex = (s: AgendaRunState, steps: readonly WorkshopStep[]): number => (s.stepId === null ? -1 : steps.findIndex((step) => step.id === s.stepId));

/**
 * Puts `step` on screen. The timer of the step left is paused; the new step's timer runs if the
 * old one ran (the facilitator moving on keeps the clock going) and waits if it was paused.
 */
function goTo(step: WorkshopStep, keepRunning: boolean, deps: AgendaDeps): void {
  const at = deps.at();
  const s = agendaRunStore.getState();
  const timers = { ...s.timers };
  if (s.stepId !== null && timers[s.stepId]) timers[s.stepId] = pauseTimer(timers[s.stepId]!, at);
  const timer = timers[step.id] ?? newTimer();
  timers[step.id] = keepRunning ? startTimer(timer, at) : timer;
  agendaRunStore.setState({ stepId: step.id, timers });
  deps.open(step.opens);
}

/** Starts the agenda at its first step (or at `fromId`), with that step's timer running. */
export function runAgenda(fromId: string | null = null, deps: AgendaDeps = liveDeps): boolean {
  const steps = deps.steps();
  const step = steps.find((s) => s.id === fromId) ?? steps[0];
  if (!step) return false;
  agendaRunStore.setState(IDLE);
  goTo(step, true, deps);
  return true;
}

export function stopAgenda(): void {
  agendaRunStore.setState(IDLE);
}

/** One step on (+1) or back (-1); stops at either end, as presenting does. Returns whether it moved. */
export function stepAgenda(by: 1 | -1, deps: AgendaDeps = liveDeps): boolean {
  const s = agendaRunStore.getState();
  if (!isAgendaRunning(s)) return false;
  const steps = deps.steps();
  const at = currentIndex(s, steps);
  const next = steps[at + by];
  if (at < 0 || !next) return false;
  const timer = s.timers[s.stepId!];
  goTo(next, timer !== undefined && timer.runningSince !== null, deps);
  return true;
}

/** Goes straight to a step of the running agenda (the facilitator clicks it in the list). */
export function goToStep(id: string, deps: AgendaDeps = liveDeps): boolean {
  const s = agendaRunStore.getState();
  const step = deps.steps().find((x) => x.id === id);
  if (!isAgendaRunning(s) || !step) return false;
  if (step.id === s.stepId) {
    deps.open(step.opens);
    return true;
  }
  const timer = s.timers[s.stepId!];
  goTo(step, timer !== undefined && timer.runningSince !== null, deps);
  return true;
}

function updateTimer(update: (timer: StepTimer) => StepTimer): boolean {
  const s = agendaRunStore.getState();
  if (s.stepId === null) return false;
  agendaRunStore.setState({ timers: { ...s.timers, [s.stepId]: update(s.timers[s.stepId] ?? newTimer()) } });
  return true;
}

export const toggleStepTimer = (deps: Pick<AgendaDeps, 'at'> = liveDeps): boolean => updateTimer((timer) => toggleTimer(timer, deps.at()));

/** "+5 min": if that puts time back on the clock, the chime may sound again when it runs out. */
export function addFiveMinutes(deps: Pick<AgendaDeps, 'steps' | 'at'> = liveDeps): boolean {
  if (!updateTimer((timer) => addMinutes(timer, 5))) return false;
  const s = agendaRunStore.getState();
  const left = currentRemaining(deps.steps(), deps.at(), s);
  if (left !== null && left > 0 && s.chimed[s.stepId!]) {
    const chimed = { ...s.chimed };
    delete chimed[s.stepId!];
    agendaRunStore.setState({ chimed });
  }
  return true;
}

/** Records that the step's time-up has been marked (chime and cue); false if it already was. */
export function markTimeUp(stepId: string): boolean {
  const s = agendaRunStore.getState();
  if (s.chimed[stepId]) return false;
  agendaRunStore.setState({ chimed: { ...s.chimed, [stepId]: true } });
  return true;
}

/** The step on screen's time left at `at`, or null while the agenda is not running. */
export function currentRemaining(steps: readonly WorkshopStep[], at: number, s: AgendaRunState = agendaRunStore.getState()): number | null {
  const step = steps.find((x) => x.id === s.stepId);
  if (!step) return null;
  return remainingMs(s.timers[step.id] ?? newTimer(), step.minutes, at);
}
