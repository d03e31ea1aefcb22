import { useEffect, useState } from 'react';
import { runCommand } from '../commands/commands';
import { openPlanAtPath } from '../file/file-actions';
import { fileNameOf } from '../store/selectors';
import { Icon } from '../components/icons';

/** Shown while no plan is open: the two templates, Open, and the recent files. */
export function FirstRun() {
  const recent = useRecentFiles();
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <div className="first-run__inner">
        <h1 id="first-run-title" className="first-run__title">
          AI Alignment Planner
        </h1>
        <p className="first-run__lead">
          Trace every AI initiative up to a business objective under a strategic pillar, and down to the KPIs that show
          whether it worked.
        </p>
        <div className="first-run__choices">
          <button type="button" className="choice" onClick={() => runCommand('new-example')}>
            <span className="choice__icon" aria-hidden="true">
              <Icon name="grid" size={36} />
            </span>
            <span className="choice__title">Start from the example</span>
            <span className="choice__text">
              Four pillars, each with an objective, an AI application and a KPI, already on a 24-month roadmap.
            </span>
          </button>
          <button type="button" className="choice" onClick={() => runCommand('new-blank')}>
            <span className="choice__icon" aria-hidden="true">
              <Icon name="file" size={36} />
            </span>
            <span className="choice__title">Blank plan</span>
            <span className="choice__text">An empty 18-month plan to fill in with your own pillars.</span>
          </button>
        </div>
        <div className="first-run__open">
          <button type="button" className="button" onClick={() => runCommand('open')}>
            <span className="button__icon" aria-hidden="true">
              <Icon name="open" />
            </span>
            <span className="button__label">Open a plan…</span>
          </button>
        </div>
        {recent.length > 0 && (
          <section className="recent" aria-labelledby="recent-title">
            <h2 id="recent-title" className="recent__title">
              Recent plans
            </h2>
            <ul className="recent__list">
              {recent.map((path) => (
                <li key={path}>
                  <button type="button" className="recent__item" onClick={() => void openPlanAtPath(path)}>
                    <span className="recent__name">{fileNameOf(path)}</span>
                    <span className="recent__path">{path}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="first-run__privacy">Everything stays on this computer: no account, no network, no telemetry.</p>
      </div>
    </main>
  );
}

function useRecentFiles(): string[] {
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    window.planner.listRecent().then(
      (paths) => live && setRecent(paths.slice(0, 8)),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return recent;
}
