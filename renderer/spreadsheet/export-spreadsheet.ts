import { activeLocale, t } from '../../shared/i18n/active-locale';
import { isLocale } from '../../shared/i18n/locales';
import type { SpreadsheetFormat } from '../../shared/ipc-contract';
import { today } from '../clock';
import { commitPendingEdit } from '../commands/text-field';
import { suggestedFileName } from '../file/file-actions';
import { fileNameOf } from '../store/selectors';
import { plannerStore } from '../store/store';
import { runSpreadsheetWork } from './run-spreadsheet-work';

/*
 * File › Export Spreadsheet (#19): the matrix as CSV (one row per KPI, the columns import reads), or
 * the workbook with the roadmap, milestones, check-ins, findings and readiness as further sheets.
 * Written in the worker, saved by main where the person chooses; one export at a time.
 */

let running = false;

export async function exportSpreadsheet(format: SpreadsheetFormat): Promise<void> {
  const { plan, filePath } = plannerStore.getState();
  if (!plan || running) return;
  commitPendingEdit();
  running = true;
  const store = plannerStore.getState();
  try {
    const shown = activeLocale();
    // The findings sheet speaks the app's language (English under the pseudo-locale), as of today.
    const reply = await runSpreadsheetWork(
      format === 'csv' ? { type: 'export-csv', plan } : { type: 'export-xlsx', plan, findingsAsOf: today(), locale: isLocale(shown) ? shown : 'en' },
    );
    if (reply.type !== 'bytes') return;
    const name = suggestedFileName(plan.meta.title, filePath).replace(/\.aiplan$/i, '');
    const result = await window.planner.saveSpreadsheet(reply.bytes, name, format);
    if (result.status === 'saved') store.setStatusMessage(t('spreadsheet.export.saved', { file: fileNameOf(result.path) }));
    else if (result.status === 'error') store.showAlert({ title: t('spreadsheet.export.notSaved'), message: result.error.message, details: result.error.details });
  } catch (e) {
    store.showAlert({ title: t('spreadsheet.export.notSaved'), message: t('spreadsheet.export.failed'), details: [e instanceof Error ? e.message : String(e)] });
  } finally {
    running = false;
  }
}
