import { useId, type ChangeEvent, type FormEvent } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../shared/pdf/document-control';
import type { MessageKey } from '../../shared/i18n/translator';
import { useT } from '../i18n/use-t';
import { setExportControlText, setExportMeetingDate, setExportStatus } from './export-actions';
import type { ControlTextField, ExportProblems } from './export-choices';
import { useExport } from './export-store';

const STATUS_LABELS: Record<DocumentStatus, MessageKey> = { draft: 'export.control.status.draft', final: 'export.control.status.final' };
const MARKINGS: readonly MessageKey[] = ['export.control.marking.confidential', 'export.control.marking.boardOnly', 'export.control.marking.internal'];

/**
 * Document control (#18 §4): version, draft or final, the meeting and a confidentiality marking,
 * printed under the cover's title and in every footer. Text too long for the footer is refused with
 * a message under its field; the renderer would otherwise cut it without a word.
 */
export function ExportControlFields({ problems }: { problems: Pick<ExportProblems, 'version' | 'meetingDate' | 'confidentiality'> }) {
  const id = useId();
  const control = useExport((s) => s.choices.control);
  const t = useT();

  // onInput as well as onChange: React reports no change while the value stays '' (a half-typed date, then cleared), so that would go unheard.
  const onMeetingDate = (event: ChangeEvent<HTMLInputElement> | FormEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    setExportMeetingDate(field.value, field.validity.badInput);
  };

  return (
    <fieldset className="export-field export-dialog__column export-control">
      <legend className="export-field__label">{t('export.control')}</legend>
      <p className="export-field__hint">{t('export.control.hint')}</p>

      <ControlText id={`${id}-version`} field="version" label={t('export.control.version')} value={control.version} problem={problems.version} />

      <fieldset className="export-field export-control__status">
        <legend className="export-field__label export-field__label--sub">{t('export.control.status')}</legend>
        <div className="export-control__status-choices">
          {[null, ...DOCUMENT_STATUSES].map((status) => (
            <label key={status ?? 'none'} className="export-choice">
              <input type="radio" name={`${id}-status`} checked={control.status === status} onChange={() => setExportStatus(status)} />
              <span>{t(status ? STATUS_LABELS[status] : 'export.control.status.none')}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="export-field">
        <label className="export-field__label export-field__label--sub" htmlFor={`${id}-meeting`}>
          {t('export.control.meetingDate')} <span className="export-field__optional">{t('export.control.optional')}</span>
        </label>
        <input
          id={`${id}-meeting`}
          className="export-date"
          type="date"
          value={control.meetingDate}
          aria-invalid={problems.meetingDate || undefined}
          aria-describedby={problems.meetingDate ? `${id}-meeting-problem` : undefined}
          onChange={onMeetingDate}
          onInput={onMeetingDate}
          onBlur={onMeetingDate}
        />
        {problems.meetingDate && (
          <p id={`${id}-meeting-problem`} className="export-field__problem">
            {t('export.control.meetingDate.problem')}
          </p>
        )}
      </div>

      <ControlText id={`${id}-marking`} field="confidentiality" label={t('export.control.marking')} value={control.confidentiality} problem={problems.confidentiality} list={`${id}-markings`} />
      <datalist id={`${id}-markings`}>
        {MARKINGS.map((key) => (
          <option key={key} value={t(key)} />
        ))}
      </datalist>
    </fieldset>
  );
}

interface ControlTextProps {
  id: string;
  field: ControlTextField;
  label: string;
  value: string;
  problem: ExportProblems['version'];
  list?: string;
}

function ControlText({ id, field, label, value, problem, list }: ControlTextProps) {
  const t = useT();
  return (
    <div className="export-field">
      <label className="export-field__label export-field__label--sub" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="export-date export-text"
        type="text"
        spellCheck={false}
        autoComplete="off"
        list={list}
        value={value}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setExportControlText(field, event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="export-field__problem">
          {t('export.control.tooLong', { max: problem.max, length: problem.length })}
        </p>
      )}
    </div>
  );
}
