import { PDF_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import type { PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import { unsupportedCharacters } from '../../shared/pdf/text-coverage';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { today } from '../clock';
import { commitPendingEdit } from '../commands/text-field';
import { suggestedFileName } from '../file/file-actions';
import { fileNameOf } from '../store/selectors';
import { plannerStore } from '../store/store';
import { loadPdfFonts } from './export-fonts';
import { exportStore, type ExportStep } from './export-store';
import { ExportCancelled, renderPdfOffThread } from './render-pdf';

/*
 * Export verbs: open the dialog (checking the plan's text against the PDF font at once), render
 * off the window's thread, hand the bytes to the main process to save, then offer to open the PDF.
 */

let running: AbortController | null = null;

const setStep = (current: ExportStep) => exportStore.setState({ current });

export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function openExportDialog(): void {
  const { plan } = plannerStore.getState();
  if (!plan || exportStore.getState().open) return;
  commitPendingEdit();
  exportStore.setState((s) => ({ open: true, choices: { ...s.choices, date: today() }, unsupported: null, current: { step: 'options', error: null } }));
  void checkCharacters();
}

/** Lists the characters of the plan the PDF font cannot show, before anything is exported. */
async function checkCharacters(): Promise<void> {
  const plan = plannerStore.getState().plan;
  if (!plan) return;
  try {
    const fonts = await loadPdfFonts();
    if (exportStore.getState().open) exportStore.setState({ unsupported: unsupportedCharacters(plan, [fonts.regular, fonts.bold]) });
  } catch (e) {
    setStep({ step: 'options', error: { message: t('export.error.fonts'), details: [describeError(e)] } });
  }
}

export function setExportPageSize(pageSize: PdfPageSize): void {
  exportStore.setState((s) => ({ choices: { ...s.choices, pageSize } }));
}

export function toggleExportSection(section: PdfSection, included: boolean): void {
  exportStore.setState((s) => {
    const wanted = new Set(s.choices.sections);
    if (included) wanted.add(section);
    else wanted.delete(section);
    return { choices: { ...s.choices, sections: PDF_SECTIONS.filter((x) => wanted.has(x)) } };
  });
}

export function setExportDate(date: string): void {
  exportStore.setState((s) => ({ choices: { ...s.choices, date } }));
}

/** The board pack's language, kept for the next export in this session; anything but a language the app speaks is ignored. */
export function setExportLocale(locale: string): void {
  if (!isLocale(locale)) return;
  exportStore.setState((s) => ({ choices: { ...s.choices, locale } }));
}

/** The language the board pack is written in: the one chosen, else the app's (English for pseudo-localisation). */
export function exportLocale(chosen: Locale | null = exportStore.getState().choices.locale): Locale {
  if (chosen) return chosen;
  const shown = activeLocale();
  return isLocale(shown) ? shown : 'en';
}

/** Renders with the chosen options, asks main where to save, and writes the file there. */
export async function startExport(): Promise<void> {
  const { plan, filePath } = plannerStore.getState();
  const { choices, current } = exportStore.getState();
  if (!plan || running || current.step !== 'options' || choices.sections.length === 0 || !isCalendarDate(choices.date)) return;
  const controller = new AbortController();
  running = controller;
  setStep({ step: 'rendering', progress: 0 });
  try {
    const fonts = await loadPdfFonts();
    const options = { fonts, date: choices.date, pageSize: choices.pageSize, sections: choices.sections, locale: exportLocale(choices.locale) };
    const findingsAsOf = choices.sections.includes('findings') ? choices.date : null;
    const bytes = await renderPdfOffThread({ plan, options, findingsAsOf }, (progress) => {
      if (!controller.signal.aborted) setStep({ step: 'rendering', progress });
    }, controller.signal);
    if (controller.signal.aborted) return;
    setStep({ step: 'saving' });
    const result = await window.planner.savePdf(bytes, suggestedFileName(plan.meta.title, filePath));
    if (result.status === 'cancelled') setStep({ step: 'options', error: null });
    else if (result.status === 'error') setStep({ step: 'options', error: { message: result.error.message, details: result.error.details } });
    else {
      setStep({ step: 'saved', path: result.path, openError: null });
      plannerStore.getState().setStatusMessage(t('status.exported', { file: fileNameOf(result.path) }));
    }
  } catch (e) {
    if (e instanceof ExportCancelled) return;
    setStep({ step: 'options', error: { message: t('export.error.failed'), details: [describeError(e)] } });
  } finally {
    if (running === controller) running = null;
  }
}

/** Stops a running export (the worker is ended at once) and goes back to the options. */
export function cancelRendering(): void {
  if (!running) return;
  running.abort();
  running = null;
  setStep({ step: 'options', error: null });
}

export function closeExportDialog(): void {
  running?.abort();
  running = null;
  exportStore.setState({ open: false, unsupported: null, current: { step: 'options', error: null } });
}

export async function openExportedPdf(): Promise<void> {
  const { current } = exportStore.getState();
  if (current.step !== 'saved') return;
  try {
    const result = await window.planner.openExportedPdf(current.path);
    if (result.status === 'opened') closeExportDialog();
    else setStep({ ...current, openError: result.message });
  } catch (e) {
    setStep({ ...current, openError: describeError(e) });
  }
}
