import type { FileError, OpenResult, SaveConflict, SaveResult } from '../../shared/ipc-contract';
import type { TemplateId } from '../../shared/templates/templates';
import type { Plan } from '../../shared/model';
import { createPlan } from '../../shared/templates/templates';
import { defaultPlanCurrency } from '../value/money-locale';
import { monthAfter } from '../../shared/calendar';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { stampUpdated } from '../../shared/operations/document';
import { now, nowIso } from '../clock';
import { whileModal } from '../commands/modal-gate';
import { commitPendingEdit } from '../commands/text-field';
import { newId } from '../store/ids';
import { fileNameOf, selectDirty, selectDisplayName } from '../store/selectors';
import { plannerStore } from '../store/store';
import { resolveSaveConflict } from '../recovery/save-conflict';
import { planTextInSlices } from './plan-text';

/*
 * File verbs. Each asks the main process through window.planner; failures are shown in the error
 * dialog and leave the plan in memory untouched (and still dirty after a failed save). One file
 * action runs at a time, so a double-click on Save cannot write twice.
 */

let busy = false;

async function exclusive<T>(action: () => Promise<T>): Promise<T | undefined> {
  if (busy) return undefined;
  busy = true;
  try {
    return await action();
  } finally {
    busy = false;
  }
}

const store = () => plannerStore.getState();

function showFileError(title: string, error: FileError, offer?: 'save-as'): void {
  store().showAlert({ title, message: error.message, details: error.details, ...(offer ? { offer } : {}) });
}

/** The file name offered by Save As: the current file's, or one made from the plan title. */
export function suggestedFileName(title: string, filePath: string | null): string {
  if (filePath) return fileNameOf(filePath);
  const base = title
    .normalize('NFKC')
    // Characters no file system accepts in a name, and control characters.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || t('file.defaultName')}.aiplan`;
}

/** Asks before the current plan is replaced. Resolves true when it is fine to go on. */
async function confirmLeavingPlan(): Promise<boolean> {
  commitPendingEdit();
  if (!selectDirty(store())) return true;
  // A native prompt: on macOS the menu stays live under it, so the command gate is held meanwhile.
  const choice = await whileModal(() => window.planner.confirmUnsaved(selectDisplayName(store())));
  if (choice === 'cancel') return false;
  if (choice === 'save') return saveDocument(false);
  return true;
}

async function saveDocument(forceDialog: boolean, overwrite = false): Promise<boolean> {
  commitPendingEdit();
  const { plan: current, filePath } = store();
  if (!current) return false;
  const plan = stampUpdated(current, nowIso());
  let result: SaveResult | SaveConflict;
  try {
    const text = await planTextInSlices(plan);
    result =
      filePath && !forceDialog
        ? await (overwrite ? window.planner.savePlan(filePath, text, { overwrite }) : window.planner.savePlan(filePath, text))
        : await window.planner.savePlanAs(text, suggestedFileName(plan.meta.title, filePath));
    // The file changed or vanished since it was opened or saved: the user decides (renderer/recovery).
    if (result.status === 'conflict') {
      const path = result.path;
      result = await resolveSaveConflict(result, {
        overwrite: () => window.planner.savePlan(path, text, { overwrite: true }),
        saveAs: () => window.planner.savePlanAs(text, suggestedFileName(plan.meta.title, path)),
      });
    }
  } catch (e) {
    result = { status: 'error', path: filePath, error: unexpected(e) };
  }
  if (result.status === 'cancelled') return false;
  if (result.status === 'error') {
    // The plan stays in memory and dirty; Save As is the way out (another folder, another disk).
    showFileError(t('file.error.notSaved'), result.error, 'save-as');
    return false;
  }
  // The plan object that was written becomes the saved state; edits made meanwhile stay dirty.
  store().markSaved({ plan, filePath: result.path, mtimeMs: result.mtimeMs, stampedFrom: current });
  store().setStatusMessage(t('status.saved', { file: fileNameOf(result.path) }));
  return true;
}

function applyOpenResult(result: OpenResult): boolean {
  if (result.status === 'cancelled') return false;
  if (result.status === 'error') {
    showFileError(result.path ? t('file.error.fileNotOpened', { file: fileNameOf(result.path) }) : t('file.error.notOpened'), result.error);
    return false;
  }
  store().loadDocument({ plan: result.plan, filePath: result.path, mtimeMs: result.mtimeMs });
  const file = fileNameOf(result.path);
  store().setStatusMessage(
    result.migratedFrom !== null ? t('status.openedMigrated', { file, version: String(result.migratedFrom) }) : t('status.opened', { file }),
  );
  return true;
}

function unexpected(e: unknown): FileError {
  return { code: 'unknown', message: t('file.error.unexpected'), details: [e instanceof Error ? e.message : String(e)] };
}

async function open(request: () => Promise<OpenResult>): Promise<boolean> {
  if (!(await confirmLeavingPlan())) return false;
  let result: OpenResult;
  try {
    result = await request();
  } catch (e) {
    result = { status: 'error', path: null, error: unexpected(e) };
  }
  return applyOpenResult(result);
}

export const newPlanFromTemplate = (template: TemplateId) =>
  exclusive(async () => {
    if (!(await confirmLeavingPlan())) return false;
    const moment = now();
    // The plan's content is written in the language the app shows when it is created.
    // A blank plan keeps its money in the OS region's currency (changeable in the Value view); the example stays in EUR.
    const plan = createPlan(template, { now: moment.toISOString(), newId, startMonth: monthAfter(moment), locale: activeLocale(), currency: defaultPlanCurrency() });
    store().loadDocument({ plan, filePath: null, mtimeMs: null });
    store().setStatusMessage(template === 'example' ? t('status.newFromExample') : t('status.newBlank'));
    return true;
  });

/**
 * A plan made elsewhere (an imported spreadsheet, #19) opened as a new, unsaved document, after the
 * unsaved-changes prompt for the open one; `make` runs only once the person agreed.
 */
export const openNewUnsavedPlan = (make: () => Plan, statusMessage: string) =>
  exclusive(async () => {
    if (!(await confirmLeavingPlan())) return false;
    // Dirty from the start: closing it unsaved would lose the import, so the prompt asks first.
    store().loadDocument({ plan: make(), filePath: null, mtimeMs: null, clean: false });
    store().setStatusMessage(statusMessage);
    return true;
  });

export const openPlanWithDialog = () => exclusive(() => open(() => window.planner.openPlanDialog()));

export const openPlanAtPath = (path: string) => exclusive(() => open(() => window.planner.openPlanPath(path)));

export const savePlan = () => exclusive(() => saveDocument(false));

export const savePlanAs = () => exclusive(() => saveDocument(true));

/** Saves to the plan's file even though it changed or vanished on disk (the user chose so). */
export const saveOverFile = () => exclusive(() => saveDocument(false, true));

/** The menu's "save and close" (answering the close prompt with Save): closes only once saved. */
export const saveAndClose = () =>
  exclusive(async () => {
    if (store().plan && selectDirty(store()) && !(await saveDocument(false))) return false;
    window.planner.closeWindow();
    return true;
  });
