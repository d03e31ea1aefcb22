import { useEffect, useId, useMemo, useRef, type FormEvent } from 'react';
import { kindLabel } from '../../shared/labels';
import { LANGUAGE_NATIVE_NAMES, LOCALES } from '../../shared/i18n/locales';
import type { MessageKey, Translate } from '../../shared/i18n/translator';
import type { UnsupportedCharacter } from '../../shared/pdf/text-coverage';
import { ModalDialog } from '../components/ModalDialog';
import { usePlanner } from '../store/store';
import { fileNameOf } from '../store/selectors';
import {
  cancelRendering,
  closeExportDialog,
  exportLocale,
  openExportedPdf,
  setExportDate,
  setExportLocale,
  setExportPageSize,
  startExport,
} from './export-actions';
import { exportProblems, hasProblems } from './export-choices';
import { ExportControlFields } from './ExportControlFields';
import { ExportChangesField, ExportPackField, ExportScopeFields } from './ExportScopeFields';
import { useExport } from './export-store';
import { messageWithNodes } from './message-nodes';
import { useT } from '../i18n/use-t';
import '../styles/export.css';

/** Mounted once by the shell; shows the export dialog while it is open. */
export function ExportDialogHost() {
  const open = useExport((s) => s.open);
  return open ? <ExportDialog /> : null;
}

const PAGE_SIZES: readonly { id: 'a4' | 'letter'; label: MessageKey; hint: MessageKey }[] = [
  { id: 'a4', label: 'export.pageSize.a4', hint: 'export.pageSize.a4.hint' },
  { id: 'letter', label: 'export.pageSize.letter', hint: 'export.pageSize.letter.hint' },
];

/**
 * The shared modal dialog (the page behind is inert and no command runs): the options, the
 * characters the PDF font cannot show, then progress, then the saved file with an offer to open it.
 */
function ExportDialog() {
  const step = useExport((s) => s.current.step);
  const t = useT();
  return (
    <ModalDialog
      title={t('export.title')}
      role="dialog"
      block="export-dialog"
      busy={step === 'rendering' || step === 'saving'}
      onCancel={() => {
        // Escape: stops a running export first, closes the dialog otherwise.
        if (step === 'rendering') cancelRendering();
        else if (step !== 'saving') closeExportDialog();
      }}
    >
      {step === 'options' && <OptionsStep />}
      {step === 'rendering' && <RenderingStep />}
      {step === 'saving' && <p className="export-dialog__status">{t('export.choosingFile')}</p>}
      {step === 'saved' && <SavedStep />}
    </ModalDialog>
  );
}

function OptionsStep() {
  const id = useId();
  const title = usePlanner((s) => s.plan?.meta.title ?? '');
  const pillars = usePlanner((s) => s.plan?.pillars);
  const choices = useExport((s) => s.choices);
  const unsupported = useExport((s) => s.unsupported);
  const error = useExport((s) => (s.current.step === 'options' ? s.current.error : null));
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const t = useT();
  // Until one is chosen here, the board pack follows the app's language (useT re-renders on a change).
  const locale = exportLocale(choices.locale);

  const problems = useMemo(() => exportProblems(choices, (pillars ?? []).map((p) => p.id)), [choices, pillars]);
  const canExport = unsupported !== null && !hasProblems(problems);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canExport) void startExport();
  };

  return (
    <form className="export-dialog__form" onSubmit={onSubmit}>
      {/* The options scroll between the title and the buttons, so the buttons never cover an option. */}
      <div className="export-dialog__scroll">
        <p className="export-dialog__lead">
          {messageWithNodes(t, 'export.lead', { title: <strong>{title || t('export.thisPlan')}</strong> })}
        </p>

        <div className="export-dialog__columns">
          <div className="export-dialog__column">
            <fieldset className="export-field">
              <legend className="export-field__label">{t('export.pageSize')}</legend>
              {PAGE_SIZES.map((size, i) => (
                <label key={size.id} className="export-choice">
                  <input
                    ref={i === 0 ? firstRef : undefined}
                    data-autofocus={i === 0 ? '' : undefined}
                    type="radio"
                    name={`${id}-size`}
                    value={size.id}
                    checked={choices.pageSize === size.id}
                    onChange={() => setExportPageSize(size.id)}
                  />
                  <span>
                    {t(size.label)} <span className="export-choice__hint">{t(size.hint)}</span>
                  </span>
                </label>
              ))}
            </fieldset>

            <ExportPackField />

            <div className="export-field">
              <label className="export-field__label" htmlFor={`${id}-date`}>
                {t('export.date')}
              </label>
              <input
                id={`${id}-date`}
                className="export-date"
                type="date"
                required
                value={choices.date}
                aria-invalid={problems.date}
                onChange={(event) => setExportDate(event.target.value)}
              />
              {problems.date && <p className="export-field__problem">{t('export.date.problem')}</p>}
            </div>

            <div className="export-field">
              <label className="export-field__label" htmlFor={`${id}-language`}>
                {t('export.language')}
              </label>
              <select id={`${id}-language`} className="export-date export-language" value={locale} onChange={(event) => setExportLocale(event.target.value)}>
                {LOCALES.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {LANGUAGE_NATIVE_NAMES[option]}
                  </option>
                ))}
              </select>
            </div>
            <ExportChangesField />
          </div>

          <ExportScopeFields problems={problems} />
          <ExportControlFields problems={problems} />
        </div>

        {!(unsupported === null && error) && <CharacterCheck unsupported={unsupported} />}

        {error && (
          <div className="dialog-alert" role="alert">
            <p className="export-error__message">{error.message}</p>
            {error.details.length > 0 && (
              <ul className="export-error__details">
                {error.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div className="export-dialog__actions">
        {/* The field saying why may be scrolled away: say here that something needs mending. */}
        {hasProblems(problems) && <p className="export-dialog__blocked">{t('export.blocked')}</p>}
        <button type="button" className="button" onClick={closeExportDialog}>
          {t('export.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={!canExport}>
          {unsupported && unsupported.length > 0 ? t('export.submitAnyway') : t('export.submit')}
        </button>
      </div>
    </form>
  );
}

const SHOWN_CHARACTERS = 12;

/** Before export: which characters the embedded font cannot show, and where they are. */
function CharacterCheck({ unsupported }: { unsupported: UnsupportedCharacter[] | null }) {
  const t = useT();
  if (unsupported === null) return <p className="export-check export-check--pending">{t('export.check.pending')}</p>;
  if (unsupported.length === 0) return null;
  const count = unsupported.reduce((n, u) => n + u.count, 0);
  return (
    <section className="export-check export-check--warning" role="status" aria-label={t('export.check.label')}>
      <h3 className="export-check__title">{t('export.check.title', { count: unsupported.length })}</h3>
      <p className="export-check__text">{t('export.check.text', { occurrences: count })}</p>
      <ul className="export-check__list">
        {unsupported.slice(0, SHOWN_CHARACTERS).map((u) => (
          <li key={u.char} className="export-check__item">
            <span className="export-check__char" aria-hidden="true">
              {u.char}
            </span>
            <span className="export-check__code">{u.codePoint}</span>
            <span className="export-check__where">{whereText(u, t)}</span>
          </li>
        ))}
      </ul>
      {unsupported.length > SHOWN_CHARACTERS && <p className="export-check__more">{t('export.check.more', { count: unsupported.length - SHOWN_CHARACTERS })}</p>}
    </section>
  );
}

function whereText(u: UnsupportedCharacter, t: Translate): string {
  const places = u.locations
    .slice(0, 2)
    .map((l) => (l.item ? t('export.check.item', { kind: kindLabel(l.item.kind, t), title: l.itemTitle, field: l.field }) : t('export.check.planWide', { title: l.itemTitle, field: l.field })))
    .join('; ');
  return u.locations.length > 2 ? t('export.check.whereMore', { places, count: u.locations.length - 2 }) : t('export.check.where', { places });
}

function RenderingStep() {
  const progress = useExport((s) => (s.current.step === 'rendering' ? s.current.progress : 0));
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const percent = Math.round(progress * 100);
  const t = useT();
  return (
    <div className="export-progress">
      <p className="export-dialog__status" id="export-progress-label">
        {t('export.rendering', { percent: String(percent) })}
      </p>
      <progress className="export-progress__bar" max={1} value={progress} aria-labelledby="export-progress-label" />
      <div className="export-dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={cancelRendering}>
          {t('export.stop')}
        </button>
      </div>
    </div>
  );
}

function SavedStep() {
  const saved = useExport((s) => (s.current.step === 'saved' ? s.current : null));
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => openRef.current?.focus(), []);
  const t = useT();
  if (!saved) return null;
  const folder = saved.path.slice(0, saved.path.length - fileNameOf(saved.path).length).replace(/[\\/]$/, '');
  const name = <strong className="export-saved__name">{fileNameOf(saved.path)}</strong>;
  return (
    <div className="export-saved">
      <p className="export-dialog__status" role="status">
        {folder
          ? messageWithNodes(t, 'export.savedIn', { file: name, folder: <span className="export-saved__folder">{folder}</span> })
          : messageWithNodes(t, 'export.saved', { file: name })}
      </p>
      {saved.openError && (
        <p className="dialog-alert" role="alert">
          {saved.openError}
        </p>
      )}
      <div className="export-dialog__actions">
        <button type="button" className="button" onClick={closeExportDialog}>
          {t('export.close')}
        </button>
        <button ref={openRef} type="button" className="button button--primary" onClick={() => void openExportedPdf()}>
          {t('export.openPdf')}
        </button>
      </div>
    </div>
  );
}
