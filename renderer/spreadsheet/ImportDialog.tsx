import { useEffect, useRef } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n/use-t';
import { messageWithNodes } from '../export/message-nodes';
import { chooseAnotherSpreadsheet, closeImport } from './import-actions';
import { refusalText } from './import-messages';
import { useImport } from './import-store';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep, ImportSummaryStep } from './ImportPreviewStep';
import './spreadsheet-import.css';

/** Mounted once by the shell; shows the Import dialog while it is open. */
export function ImportDialogHost() {
  const open = useImport((s) => s.open);
  return open ? <ImportDialog /> : null;
}

const STEP_NUMBER = { mapping: 1, checking: 1, preview: 2, done: 3 } as const;

/**
 * The shared modal dialog (#19): the columns of the sheet and their fields, then what the rows give
 * and which cannot be used, then what was created. Escape closes it at any step before the import;
 * nothing changes until Import is pressed.
 */
function ImportDialog() {
  const step = useImport((s) => s.current.step);
  const t = useT();
  const stepRef = useRef<HTMLDivElement>(null);
  // Each step puts focus where its work starts (marked data-autofocus), so the keyboard never lands on the page behind.
  useEffect(() => {
    const root = stepRef.current;
    if (!root || step === 'checking') return;
    (root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>('button:not(:disabled)'))?.focus();
  }, [step]);
  const number = step === 'reading' || step === 'refused' ? null : STEP_NUMBER[step];
  const name = step === 'preview' ? t('spreadsheet.import.step.preview') : step === 'done' ? t('spreadsheet.import.step.summary') : t('spreadsheet.import.step.mapping');
  return (
    <ModalDialog title={t('spreadsheet.import.title')} role="dialog" block="import-dialog" busy={step === 'reading' || step === 'checking'} onCancel={closeImport}>
      {number !== null && <p className="import-dialog__step">{t('spreadsheet.import.stepOf', { step: number, name })}</p>}
      <div ref={stepRef} className="import-dialog__steps">
        {step === 'reading' && <ReadingStep />}
        {step === 'refused' && <RefusedStep />}
        {(step === 'mapping' || step === 'checking') && <ImportMappingStep />}
        {step === 'preview' && <ImportPreviewStep />}
        {step === 'done' && <ImportSummaryStep />}
      </div>
    </ModalDialog>
  );
}

function ReadingStep() {
  const fileName = useImport((s) => s.fileName);
  const t = useT();
  return (
    <div className="import-dialog__form">
      <p className="import-dialog__status" role="status">
        {t('spreadsheet.import.reading', { file: fileName })}
      </p>
      <div className="import-dialog__actions">
        <button type="button" className="button" data-autofocus onClick={closeImport}>
          {t('spreadsheet.import.cancel')}
        </button>
      </div>
    </div>
  );
}

/** A file not read (zip bomb, too many rows, not a spreadsheet, damaged): why, and that nothing changed. */
function RefusedStep() {
  const current = useImport((s) => (s.current.step === 'refused' ? s.current : null));
  const fileName = useImport((s) => s.fileName);
  const t = useT();
  if (!current) return null;
  return (
    <div className="import-dialog__form">
      <div className="dialog-alert" role="alert">
        <p className="import-refusal__title">{messageWithNodes(t, 'spreadsheet.refusal.title', { file: <strong>{fileName}</strong> })}</p>
        <p className="import-refusal__message">{refusalText(current.reason, current.error, t)}</p>
        <p className="import-refusal__unchanged">{t('spreadsheet.refusal.unchanged')}</p>
        {current.detail && <p className="import-refusal__detail">{current.detail}</p>}
      </div>
      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={chooseAnotherSpreadsheet}>
          {t('spreadsheet.refusal.chooseAnother')}
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={closeImport}>
          {t('spreadsheet.refusal.close')}
        </button>
      </div>
    </div>
  );
}
