import { useId, useMemo, type FormEvent } from 'react';
import { messageWithNodes } from '../export/message-nodes';
import { useT } from '../i18n/use-t';
import { mergeCounts } from '../store/spreadsheet-actions';
import { usePlanner } from '../store/store';
import { backToMapping, closeImport, confirmImport, setImportTarget } from './import-actions';
import { countLines, nothingCreated, problemText } from './import-messages';
import { useImport, type ImportTarget } from './import-store';

/** A long list of unusable rows is cut here; the count says how many more there are. */
const SHOWN_PROBLEMS = 200;

const TARGETS: readonly { id: ImportTarget; label: 'spreadsheet.preview.target.new' | 'spreadsheet.preview.target.merge'; hint: 'spreadsheet.preview.target.new.hint' | 'spreadsheet.preview.target.merge.hint' }[] = [
  { id: 'new', label: 'spreadsheet.preview.target.new', hint: 'spreadsheet.preview.target.new.hint' },
  { id: 'merge', label: 'spreadsheet.preview.target.merge', hint: 'spreadsheet.preview.target.merge.hint' },
];

/**
 * Step 2: how many rows can be imported, what they create (in a new plan, or what is new for the
 * open one), each row that cannot be used with its reason, and Import, which says how many rows it
 * skips. Nothing changes before Import.
 */
export function ImportPreviewStep() {
  const id = useId();
  const t = useT();
  const preview = useImport((s) => (s.current.step === 'preview' ? s.current.preview : null));
  const target = useImport((s) => s.target);
  const plan = usePlanner((s) => s.plan);
  const created = useMemo(() => (preview ? (target === 'merge' && plan ? mergeCounts(plan, preview) : preview.counts) : null), [preview, target, plan]);
  if (!preview || !created) return null;
  const skipped = preview.rowCount - preview.usableRows;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void confirmImport();
  };

  return (
    <form className="import-dialog__form" onSubmit={onSubmit}>
      <div className="import-dialog__scroll">
        <p className="import-dialog__lead import-preview__rows">{t('spreadsheet.preview.rows', { usable: preview.usableRows, count: preview.rowCount })}</p>
        <div className="import-preview__columns">
          <fieldset className="import-field">
            <legend className="import-field__label">{t('spreadsheet.preview.target')}</legend>
            {TARGETS.map((option) => (
              <label key={option.id} className="import-choice">
                <input
                  data-autofocus={option.id === target ? '' : undefined}
                  type="radio"
                  name={`${id}-target`}
                  value={option.id}
                  checked={target === option.id}
                  disabled={option.id === 'merge' && !plan}
                  onChange={() => setImportTarget(option.id)}
                />
                <span>
                  {t(option.label)}{' '}
                  <span className="import-choice__hint">{t(option.hint)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <section className="import-field" aria-labelledby={`${id}-creates`}>
            <h3 id={`${id}-creates`} className="import-field__label">
              {t('spreadsheet.preview.creates')}
            </h3>
            {nothingCreated(created) ? (
              <p className="import-dialog__hint">{t('spreadsheet.preview.nothingNew')}</p>
            ) : (
              <ul className="import-counts">
                {countLines(created, t).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
        {preview.problems.length > 0 && <ProblemList />}
        {preview.usableRows === 0 && (
          <p className="dialog-alert" role="alert">
            {t('spreadsheet.preview.nothing')}
          </p>
        )}
      </div>

      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={backToMapping}>
          {t('spreadsheet.import.back')}
        </button>
        <button type="button" className="button" onClick={closeImport}>
          {t('spreadsheet.import.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={preview.usableRows === 0}>
          {skipped > 0 ? t('spreadsheet.preview.importSkipping', { count: preview.usableRows, skipped }) : t('spreadsheet.preview.import', { count: preview.usableRows })}
        </button>
      </div>
    </form>
  );
}

function ProblemList() {
  const id = useId();
  const t = useT();
  const problems = useImport((s) => (s.current.step === 'preview' ? s.current.preview.problems : []));
  // One row may have several problems; the heading counts rows.
  const rows = new Set(problems.map((p) => p.row)).size;
  return (
    <section className="dialog-alert import-problems" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-problems__title">
        {t('spreadsheet.preview.problems', { count: rows })}
      </h3>
      <ul className="import-problems__list">
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
          <li key={i} className="import-problems__item">
            {problemText(problem, t)}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && <p className="import-dialog__hint">{t('spreadsheet.preview.problemsMore', { count: problems.length - SHOWN_PROBLEMS })}</p>}
    </section>
  );
}

/** Step 3: what the import created, how many rows it skipped, and that one Undo takes it back. */
export function ImportSummaryStep() {
  const t = useT();
  const done = useImport((s) => (s.current.step === 'done' ? s.current : null));
  const fileName = useImport((s) => s.fileName);
  if (!done) return null;
  return (
    <div className="import-dialog__form">
      <div className="import-dialog__scroll">
        <p className="import-dialog__lead" role="status">
          {messageWithNodes(t, done.target === 'new' ? 'spreadsheet.summary.new' : 'spreadsheet.summary.merged', { file: <strong>{fileName}</strong> })}
        </p>
        <section className="import-field">
          <h3 className="import-field__label">{t('spreadsheet.summary.created')}</h3>
          {nothingCreated(done.created) ? (
            <p className="import-dialog__hint">{t('spreadsheet.preview.nothingNew')}</p>
          ) : (
            <ul className="import-counts">
              {countLines(done.created, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
        {done.skipped > 0 && <p className="import-dialog__hint">{t('spreadsheet.summary.skipped', { count: done.skipped })}</p>}
        {done.target === 'merge' && <p className="import-dialog__hint">{t('spreadsheet.summary.undo')}</p>}
      </div>
      <div className="import-dialog__actions">
        <button type="button" className="button button--primary" data-autofocus onClick={closeImport}>
          {t('spreadsheet.summary.close')}
        </button>
      </div>
    </div>
  );
}
