import { t } from '../../shared/i18n/active-locale';
import { guessMapping, headerSetKey } from '../../shared/spreadsheet/column-mapping';
import { planFromImport } from '../../shared/spreadsheet/import-plan';
import type { ImportField } from '../../shared/spreadsheet/spreadsheet-types';
import { nowIso } from '../clock';
import { modalGate } from '../commands/modal-gate';
import { commitPendingEdit } from '../commands/text-field';
import { openNewUnsavedPlan } from '../file/file-actions';
import { newId } from '../store/ids';
import { mergeSpreadsheet } from '../store/spreadsheet-actions';
import { plannerStore } from '../store/store';
import { fitsHeaders, mappingIsUsable, mappingProblems, sheetShape, titleFromFileName } from './import-mapping';
import { importStore, type ImportStep, type ImportTarget } from './import-store';
import { runSpreadsheetWork, SpreadsheetWorkCancelled } from './run-spreadsheet-work';

/*
 * Import verbs (#19): choose or drop a file, read it in the worker, map its columns (remembered per
 * header set on this machine), preview what the rows give, then make a new plan or merge into the
 * open one as one undo step. A refused file changes nothing.
 */

/** As main's cap (electron/files/spreadsheet-file.ts): a dropped file is measured before it is read. */
export const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

let running: AbortController | null = null;

const setStep = (current: ImportStep) => importStore.setState({ current });
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** File › Import Spreadsheet…: main's Open dialog, then the Import dialog on the chosen file. */
export async function importSpreadsheetWithDialog(): Promise<void> {
  if (importStore.getState().open) return;
  commitPendingEdit();
  let result;
  try {
    result = await window.planner.openSpreadsheetDialog();
  } catch (e) {
    result = { status: 'error' as const, path: null, error: { code: 'unknown' as const, message: t('spreadsheet.refusal.failed'), details: [describe(e)] } };
  }
  if (result.status === 'cancelled') return;
  if (result.status === 'error') {
    openDialog(result.path ? result.path.split(/[\\/]/).pop()! : '');
    setStep({ step: 'refused', reason: null, error: result.error, detail: result.error.details.join(' ') });
    return;
  }
  await readIntoDialog(result.name, result.bytes);
}

/** A file dropped on the window: spreadsheets are imported, anything else is left as it was. */
export async function importDroppedFile(file: File): Promise<void> {
  if (importStore.getState().open || modalGate.isOpen()) return;
  commitPendingEdit();
  if (file.size > MAX_DROPPED_BYTES) {
    openDialog(file.name);
    const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
    const message = t('spreadsheet.file.tooLarge', { name: file.name, mb: mb(file.size), max: mb(MAX_DROPPED_BYTES) });
    setStep({ step: 'refused', reason: null, error: { code: 'too-large', message, details: [] }, detail: '' });
    return;
  }
  await readIntoDialog(file.name, new Uint8Array(await file.arrayBuffer()));
}

function openDialog(fileName: string): void {
  running?.abort();
  running = null;
  const hasPlan = plannerStore.getState().plan !== null;
  importStore.setState({ open: true, fileName, sheets: [], sheetIndex: 0, mapping: [], remembered: false, target: hasPlan ? 'merge' : 'new', current: { step: 'reading' } });
}

async function readIntoDialog(fileName: string, bytes: Uint8Array): Promise<void> {
  openDialog(fileName);
  const controller = new AbortController();
  running = controller;
  try {
    const reply = await runSpreadsheetWork({ type: 'read', bytes, fileName }, controller.signal);
    if (reply.type !== 'read' || controller.signal.aborted) return;
    const { result } = reply;
    if (result.status === 'refused') {
      setStep({ step: 'refused', reason: result.reason, error: null, detail: result.detail });
      return;
    }
    const first = reply.importSheet;
    importStore.setState({ sheets: result.sheets });
    await applySheet(first);
    if (!controller.signal.aborted) setStep({ step: 'mapping' });
  } catch (e) {
    if (e instanceof SpreadsheetWorkCancelled) return;
    setStep({ step: 'refused', reason: null, error: null, detail: describe(e) });
  } finally {
    if (running === controller) running = null;
  }
}

/** The mapping for a sheet: the one remembered for its header set, else a guess from its headers. */
async function applySheet(index: number): Promise<void> {
  const sheet = importStore.getState().sheets[index];
  if (!sheet) return;
  const { headers } = sheetShape(sheet);
  let remembered = null;
  try {
    if (headers.length) remembered = await window.planner.getImportMapping(headerSetKey(headers));
  } catch {
    // A mapping not remembered costs a guess, nothing more.
  }
  const fits = fitsHeaders(remembered, headers);
  importStore.setState({ sheetIndex: index, mapping: fits ? [...remembered!] : guessMapping(headers), remembered: fits });
}

export const chooseImportSheet = (index: number) => applySheet(index);

export function setColumnField(column: number, field: ImportField | null): void {
  importStore.setState((s) => ({ mapping: s.mapping.map((f, i) => (i === column ? field : f)), remembered: false }));
}

export function setImportTarget(target: ImportTarget): void {
  if (target === 'merge' && plannerStore.getState().plan === null) return;
  importStore.setState({ target });
}

/** Remembers the mapping for this header set, then checks every row in the worker. */
export async function showImportPreview(): Promise<void> {
  const { sheets, sheetIndex, mapping, current } = importStore.getState();
  const sheet = sheets[sheetIndex];
  if (!sheet || current.step !== 'mapping' || !mappingIsUsable(mappingProblems(mapping))) return;
  window.planner.setImportMapping(headerSetKey(sheetShape(sheet).headers), mapping);
  const controller = new AbortController();
  running = controller;
  setStep({ step: 'checking' });
  try {
    const reply = await runSpreadsheetWork({ type: 'preview', table: sheet, mapping }, controller.signal);
    if (reply.type === 'preview' && !controller.signal.aborted) setStep({ step: 'preview', preview: reply.preview });
  } catch (e) {
    if (e instanceof SpreadsheetWorkCancelled) return;
    setStep({ step: 'refused', reason: null, error: null, detail: describe(e) });
  } finally {
    if (running === controller) running = null;
  }
}

export function backToMapping(): void {
  running?.abort();
  running = null;
  setStep({ step: 'mapping' });
}

/** Imports the usable rows: a new unsaved plan (after the unsaved-changes prompt), or one undo step on the open plan. */
export async function confirmImport(): Promise<void> {
  const { current, target, fileName } = importStore.getState();
  if (current.step !== 'preview' || current.preview.usableRows === 0) return;
  const { preview } = current;
  const skipped = preview.rowCount - preview.usableRows;
  if (target === 'merge' && plannerStore.getState().plan) {
    const created = mergeSpreadsheet(preview) ?? { pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 };
    plannerStore.getState().setStatusMessage(t('spreadsheet.status.imported', { file: fileName }));
    setStep({ step: 'done', target, created, skipped });
    return;
  }
  const title = titleFromFileName(fileName) || t('spreadsheet.defaultName');
  const opened = await openNewUnsavedPlan(() => planFromImport(preview, { title, now: nowIso(), newId }), t('spreadsheet.status.imported', { file: fileName }));
  if (opened && importStore.getState().open) setStep({ step: 'done', target: 'new', created: preview.counts, skipped });
}

export function closeImport(): void {
  running?.abort();
  running = null;
  importStore.setState(importStore.getInitialState(), true);
}

/** From a refusal: close, and ask for another file at once. */
export function chooseAnotherSpreadsheet(): void {
  closeImport();
  void importSpreadsheetWithDialog();
}
