import { useEffect, useId, useRef, type FormEvent } from 'react';
import { kindLabel } from '../../shared/labels';
import { PDF_SECTIONS, PDF_SECTION_TITLES } from '../../shared/pdf/pdf-sections';
import type { UnsupportedCharacter } from '../../shared/pdf/text-coverage';
import { ModalDialog } from '../components/ModalDialog';
import { usePlanner } from '../store/store';
import { fileNameOf } from '../store/selectors';
import {
  cancelRendering,
  closeExportDialog,
  isCalendarDate,
  openExportedPdf,
  setExportDate,
  setExportPageSize,
  startExport,
  toggleExportSection,
} from './export-actions';
import { useExport } from './export-store';
import '../styles/export.css';

/** Mounted once by the shell; shows the export dialog while it is open. */
export function ExportDialogHost() {
  const open = useExport((s) => s.open);
  return open ? <ExportDialog /> : null;
}

const PAGE_SIZES = [
  { id: 'a4', label: 'A4', hint: '297 × 210 mm, landscape' },
  { id: 'letter', label: 'Letter', hint: '11 × 8.5 in, landscape' },
] as const;

/**
 * The shared modal dialog (the page behind is inert and no command runs): the options, the
 * characters the PDF font cannot show, then progress, then the saved file with an offer to open it.
 */
function ExportDialog() {
  const step = useExport((s) => s.current.step);
  return (
    <ModalDialog
      title="Export PDF"
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
      {step === 'saving' && <p className="export-dialog__status">Choose where to save the PDF…</p>}
      {step === 'saved' && <SavedStep />}
    </ModalDialog>
  );
}

function OptionsStep() {
  const id = useId();
  const title = usePlanner((s) => s.plan?.meta.title ?? '');
  const choices = useExport((s) => s.choices);
  const unsupported = useExport((s) => s.unsupported);
  const error = useExport((s) => (s.current.step === 'options' ? s.current.error : null));
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const dateValid = isCalendarDate(choices.date);
  const canExport = unsupported !== null && choices.sections.length > 0 && dateValid;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canExport) void startExport();
  };

  return (
    <form className="export-dialog__form" onSubmit={onSubmit}>
      <p className="export-dialog__lead">
        The board pack of <strong>{title || 'this plan'}</strong>, ready to print or share.
      </p>

      <div className="export-dialog__columns">
        <div className="export-dialog__column">
          <fieldset className="export-field">
            <legend className="export-field__label">Page size</legend>
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
                  {size.label} <span className="export-choice__hint">{size.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="export-field">
            <label className="export-field__label" htmlFor={`${id}-date`}>
              Date on the cover
            </label>
            <input
              id={`${id}-date`}
              className="export-date"
              type="date"
              required
              value={choices.date}
              aria-invalid={!dateValid}
              onChange={(event) => setExportDate(event.target.value)}
            />
            {!dateValid && <p className="export-field__problem">Pick a date for the cover.</p>}
          </div>
        </div>

        <fieldset className="export-field export-dialog__column">
          <legend className="export-field__label">Sections</legend>
          {PDF_SECTIONS.map((section) => (
            <label key={section} className="export-choice">
              <input
                type="checkbox"
                checked={choices.sections.includes(section)}
                onChange={(event) => toggleExportSection(section, event.target.checked)}
              />
              <span>{PDF_SECTION_TITLES[section]}</span>
            </label>
          ))}
          {choices.sections.length === 0 && <p className="export-field__problem">Choose at least one section.</p>}
        </fieldset>
      </div>

      {!(unsupported === null && error) && <CharacterCheck unsupported={unsupported} />}

      {error && (
        <div className="export-error" role="alert">
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

      <div className="export-dialog__actions">
        <button type="button" className="button" onClick={closeExportDialog}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={!canExport}>
          {unsupported && unsupported.length > 0 ? 'Export anyway…' : 'Export…'}
        </button>
      </div>
    </form>
  );
}

const SHOWN_CHARACTERS = 12;

/** Before export: which characters the embedded font cannot show, and where they are. */
function CharacterCheck({ unsupported }: { unsupported: UnsupportedCharacter[] | null }) {
  if (unsupported === null) return <p className="export-check export-check--pending">Checking the plan's text against the PDF font…</p>;
  if (unsupported.length === 0) return null;
  const count = unsupported.reduce((n, u) => n + u.count, 0);
  return (
    <section className="export-check export-check--warning" role="status" aria-label="Characters the PDF cannot show">
      <h3 className="export-check__title">
        {unsupported.length === 1 ? '1 character' : `${unsupported.length} different characters`} cannot be shown in the PDF
      </h3>
      <p className="export-check__text">
        The PDF font covers Latin, Greek and Cyrillic scripts, but not these; {count === 1 ? 'it prints' : `their ${count} occurrences print`} as
        “�”. Rename the items to fix it, or export anyway.
      </p>
      <ul className="export-check__list">
        {unsupported.slice(0, SHOWN_CHARACTERS).map((u) => (
          <li key={u.char} className="export-check__item">
            <span className="export-check__char" aria-hidden="true">
              {u.char}
            </span>
            <span className="export-check__code">{u.codePoint}</span>
            <span className="export-check__where">{whereText(u)}</span>
          </li>
        ))}
      </ul>
      {unsupported.length > SHOWN_CHARACTERS && <p className="export-check__more">and {unsupported.length - SHOWN_CHARACTERS} more characters.</p>}
    </section>
  );
}

function whereText(u: UnsupportedCharacter): string {
  const places = u.locations.slice(0, 2).map((l) => `${l.item ? `${kindLabel(l.item.kind)} “${l.itemTitle}”` : l.itemTitle} (${l.field})`);
  const more = u.locations.length > 2 ? ` and ${u.locations.length - 2} more` : '';
  return `in ${places.join('; ')}${more}`;
}

function RenderingStep() {
  const progress = useExport((s) => (s.current.step === 'rendering' ? s.current.progress : 0));
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const percent = Math.round(progress * 100);
  return (
    <div className="export-progress">
      <p className="export-dialog__status" id="export-progress-label">
        Making the PDF… {percent}%
      </p>
      <progress className="export-progress__bar" max={1} value={progress} aria-labelledby="export-progress-label" />
      <div className="export-dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={cancelRendering}>
          Stop
        </button>
      </div>
    </div>
  );
}

function SavedStep() {
  const saved = useExport((s) => (s.current.step === 'saved' ? s.current : null));
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => openRef.current?.focus(), []);
  if (!saved) return null;
  const folder = saved.path.slice(0, saved.path.length - fileNameOf(saved.path).length).replace(/[\\/]$/, '');
  return (
    <div className="export-saved">
      <p className="export-dialog__status" role="status">
        Saved <strong className="export-saved__name">{fileNameOf(saved.path)}</strong>
        {folder && <span className="export-saved__folder"> in {folder}</span>}
      </p>
      {saved.openError && (
        <p className="export-error" role="alert">
          {saved.openError}
        </p>
      )}
      <div className="export-dialog__actions">
        <button type="button" className="button" onClick={closeExportDialog}>
          Close
        </button>
        <button ref={openRef} type="button" className="button button--primary" onClick={() => void openExportedPdf()}>
          Open PDF
        </button>
      </div>
    </div>
  );
}
