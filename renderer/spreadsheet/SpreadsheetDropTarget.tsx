import { useEffect, useState } from 'react';
import { t as activeT } from '../../shared/i18n/active-locale';
import { modalGate } from '../commands/modal-gate';
import { useT } from '../i18n/use-t';
import { plannerStore } from '../store/store';
import { importDroppedFile } from './import-actions';
import './spreadsheet-import.css';
import { isSpreadsheetName } from './import-mapping';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * Files dragged onto the window (#19): a CSV or XLSX opens the Import dialog; anything else is left
 * alone, as before (the window never navigates to a dropped file). While files are dragged over the
 * window, and no dialog is open, a hint says what a drop does.
 */
export function SpreadsheetDropTarget() {
  const [over, setOver] = useState(false);
  const t = useT();

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(!modalGate.isOpen());
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = modalGate.isOpen() ? 'none' : 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (!file || modalGate.isOpen()) return;
      if (isSpreadsheetName(file.name)) void importDroppedFile(file);
      else if (!/\.aiplan$/i.test(file.name)) plannerStore.getState().setStatusMessage(activeT('spreadsheet.drop.unsupported', { file: file.name }));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="import-drop-hint" aria-hidden="true">
      <span className="import-drop-hint__label">{t('spreadsheet.drop.hint')}</span>
    </div>
  );
}
