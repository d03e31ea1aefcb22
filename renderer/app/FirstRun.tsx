import { useEffect, useState } from 'react';
import { runCommand } from '../commands/commands';
import { openPlanAtPath } from '../file/file-actions';
import { fileNameOf } from '../store/selectors';
import { Icon } from '../components/icons';
import { useT } from '../i18n/use-t';

/** Shown while no plan is open: the two templates, Open, and the recent files. */
export function FirstRun() {
  const recent = useRecentFiles();
  const t = useT();
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <div className="first-run__inner">
        <h1 id="first-run-title" className="first-run__title">
          {t('app.name')}
        </h1>
        <p className="first-run__lead">{t('app.firstRun.lead')}</p>
        <div className="first-run__choices">
          <button type="button" className="choice" onClick={() => runCommand('new-example')}>
            <span className="choice__icon" aria-hidden="true">
              <Icon name="grid" size={36} />
            </span>
            <span className="choice__title">{t('app.firstRun.example')}</span>
            <span className="choice__text">{t('app.firstRun.example.text')}</span>
          </button>
          <button type="button" className="choice" onClick={() => runCommand('new-blank')}>
            <span className="choice__icon" aria-hidden="true">
              <Icon name="file" size={36} />
            </span>
            <span className="choice__title">{t('app.firstRun.blank')}</span>
            <span className="choice__text">{t('app.firstRun.blank.text')}</span>
          </button>
        </div>
        <div className="first-run__open">
          <button type="button" className="button" onClick={() => runCommand('open')}>
            <span className="button__icon" aria-hidden="true">
              <Icon name="open" />
            </span>
            <span className="button__label">{t('app.firstRun.open')}</span>
          </button>
          <button type="button" className="button" onClick={() => runCommand('import-spreadsheet')}>
            <span className="button__icon" aria-hidden="true">
              <Icon name="file" />
            </span>
            <span className="button__label">{t('spreadsheet.firstRun.import')}</span>
          </button>
        </div>
        {recent.length > 0 && (
          <section className="recent" aria-labelledby="recent-title">
            <h2 id="recent-title" className="recent__title">
              {t('app.firstRun.recent')}
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
        <p className="first-run__privacy">{t('app.firstRun.privacy')}</p>
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
