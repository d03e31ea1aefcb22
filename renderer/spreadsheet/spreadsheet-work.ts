import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { translator } from '../../shared/i18n/translator';
import { matrixTable, workbookSheets } from '../../shared/spreadsheet/export-table';
import { previewImport } from '../../shared/spreadsheet/import-preview';
import { importSheetOf, readSpreadsheet } from '../../shared/spreadsheet/read-table';
import { writeCsv, writeXlsx } from '../../shared/spreadsheet/write-table';
import type { SpreadsheetReply, SpreadsheetRequest } from './spreadsheet-worker-protocol';

/**
 * The work of the spreadsheet worker, as a plain function of the request: the worker runs it, and
 * so does the window's own thread where no worker can start.
 */
export async function answerSpreadsheetRequest(request: SpreadsheetRequest): Promise<SpreadsheetReply> {
  switch (request.type) {
    case 'read': {
      const result = await readSpreadsheet(request.bytes, request.fileName);
      const importSheet = result.status === 'read' ? Math.max(0, result.sheets.indexOf(importSheetOf(result.sheets)!)) : 0;
      return { type: 'read', result, importSheet };
    }
    case 'preview':
      return { type: 'preview', preview: previewImport(request.table, request.mapping) };
    case 'export-csv':
      return { type: 'bytes', bytes: writeCsv(matrixTable(request.plan)) };
    case 'export-xlsx': {
      const findings = alignmentFindings(request.plan, { today: request.findingsAsOf }, translator(request.locale));
      const t = translator(request.locale);
      return { type: 'bytes', bytes: await writeXlsx(workbookSheets(request.plan, findings, t)) };
    }
  }
}
