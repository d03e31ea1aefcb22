import { useEffect, useState } from 'react';
import { stepAsk, stepTitle } from '../../../shared/workshop/default-agenda';
import { CommandButton } from '../../app/CommandButton';
import { elapsedMs } from '../../clock';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { currentIndex, markTimeUp, stopAgenda, useAgendaRun } from './agenda-run-store';
import { playChime } from './chime';
import { isRunning, newTimer, readTime, remainingMs } from './timer';
import './agenda.css';

/** How often the time on the bar is read again: often enough that a second never shows late. */
const TICK_MS = 250;
const NOT_STARTED = newTimer();

/**
 * The running agenda under the toolbar, in every view and while presenting (#17): which step of how
 * many, its title and what it asks of the room, the time left, large, and the controls. At zero a
 * soft chime, the bar turns and says "Time's up", and the time counts on as time over; never a dialog.
 */
export function WorkshopBar() {
  const stepId = useAgendaRun((s) => s.stepId);
  const hasPlan = usePlanner((s) => s.plan !== null);
  const stepGone = usePlanner((s) => stepId !== null && !s.plan?.workshop.steps.some((step) => step.id === stepId));
  // The plan closed, or the step on screen removed from the agenda: nothing is left to run.
  useEffect(() => {
    if (stepId !== null && (!hasPlan || stepGone)) stopAgenda();
  }, [stepId, hasPlan, stepGone]);
  return stepId !== null && hasPlan && !stepGone ? <RunningBar stepId={stepId} /> : null;
}

function RunningBar({ stepId }: { stepId: string }) {
  const t = useT();
  const steps = usePlanner((s) => s.plan!.workshop.steps);
  const step = steps.find((s) => s.id === stepId)!;
  const position = useAgendaRun((s) => currentIndex(s, steps)) + 1;
  const timer = useAgendaRun((s) => s.timers[stepId] ?? NOT_STARTED);
  const [at, setAt] = useState(elapsedMs);
  const running = isRunning(timer);

  useEffect(() => {
    setAt(elapsedMs());
    if (!running) return;
    const tick = setInterval(() => setAt(elapsedMs()), TICK_MS);
    return () => clearInterval(tick);
  }, [running, stepId]);

  const time = readTime(remainingMs(timer, step.minutes, running ? at : 0));
  const up = time.state !== 'left';
  useEffect(() => {
    if (up && markTimeUp(stepId)) playChime();
  }, [up, stepId]);

  const title = stepTitle(step, t);
  const label = up ? t('workshopAgenda.bar.timesUp') : running ? t('workshopAgenda.bar.timeLeft') : t('workshopAgenda.bar.paused');
  return (
    <section className="workshop-bar" data-testid="workshop-bar" data-time={time.state} data-running={running} aria-label={t('workshopAgenda.bar.region')}>
      <div className="workshop-bar__step">
        <p className="workshop-bar__heading">
          <span className="workshop-bar__position">{t('workshopAgenda.bar.position', { position, count: steps.length })}</span>
          <span className="workshop-bar__title">{title}</span>
        </p>
        <p className="workshop-bar__ask">{stepAsk(step, t)}</p>
      </div>
      <div className="workshop-bar__clock">
        <span className="workshop-bar__clock-label">{label}</span>
        <span className="workshop-bar__time" data-testid="agenda-time">
          {time.state === 'over' ? t('workshopAgenda.bar.over', { time: time.text }) : time.text}
        </span>
      </div>
      {/* Said once when the time runs out; the time itself changes every second and is not announced. */}
      <p className="visually-hidden" role="status">
        {up ? t('workshopAgenda.bar.timesUpFor', { title }) : ''}
      </p>
      <div className="workshop-bar__controls">
        <CommandButton command="agenda:toggle-timer" className="workshop-bar__button workshop-bar__button--main">
          {running ? t('workshopAgenda.bar.pause') : t('workshopAgenda.bar.start')}
        </CommandButton>
        <CommandButton command="agenda:add-five" className="workshop-bar__button">
          {t('workshopAgenda.bar.addFive')}
        </CommandButton>
        <CommandButton command="agenda:previous-step" className="workshop-bar__button">
          {t('workshopAgenda.bar.previous')}
        </CommandButton>
        <CommandButton command="agenda:next-step" className="workshop-bar__button">
          {t('workshopAgenda.bar.next')}
        </CommandButton>
        <button type="button" className="button workshop-bar__button" title={t('workshopAgenda.stop')} onClick={stopAgenda}>
          {t('workshopAgenda.bar.stop')}
        </button>
      </div>
    </section>
  );
}
