import { PDF_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import type { DocumentStatus } from '../../shared/pdf/document-control';
import { planForPillars } from '../../shared/pdf/pillar-filter';
import type { PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import { missingCharacters } from '../../shared/pdf/font-choice';
import type { Plan } from '../../shared/model';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { today } from '../clock';
import { commitPendingEdit } from '../commands/text-field';
import { suggestedFileName } from '../file/file-actions';
import { fileNameOf } from '../store/selectors';
import { plannerStore } from '../store/store';
import { loadPdfFonts } from './export-fonts';
import { documentControlOf, exportProblems, hasProblems, pillarsToPrint, sectionsToPrint, type ControlTextField } from './export-choices';
import { exportStore, type ExportControlChoices, type ExportStep } from './export-store';
import { ExportCancelled, renderPdfOffThread } from './render-pdf';

/*
 * Export verbs: open the dialog (checking the plan's text against the PDF font at once), render
 * off the window's thread, hand the bytes to the main process to save, then offer to open the PDF.
 */

let running: AbortController | null = null;

const setStep = (current: ExportStep) => exportStore.setState({ current });

export { isCalendarDate } from './export-choices';

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

/** The fonts a pack of `plan` in `locale` needs: DejaVu, and the CJK face when DejaVu lacks some of its characters. */
async function fontsFor(plan: Plan, locale: Locale) {
  const base = await loadPdfFonts();
  return missingCharacters(plan, base, locale).length ? loadPdfFonts({ withCjk: true }) : base;
}

/** Lists the characters of the plan the PDF font cannot show, before anything is exported. */
async function checkCharacters(): Promise<void> {
  const plan = plannerStore.getState().plan;
  if (!plan) return;
  try {
    const fonts = await fontsFor(plan, exportLocale());
    if (exportStore.getState().open) exportStore.setState({ unsupported: missingCharacters(plan, fonts, exportLocale()) });
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
  // Which characters a pack can show depends on its language (the CJK face has no Vietnamese).
  void checkCharacters();
}

const setControl = (change: Partial<ExportControlChoices>) => exportStore.setState((s) => ({ choices: { ...s.choices, control: { ...s.choices.control, ...change } } }));

/** Version or confidentiality marking, kept as typed: one too long is refused at export, not cut. */
export function setExportControlText(field: ControlTextField, text: string): void {
  setControl({ [field]: text });
}

export function setExportStatus(status: DocumentStatus | null): void {
  setControl({ status });
}

/** The meeting date as the date field gives it; `unreadable` when the field holds something that is not a whole date. */
export function setExportMeetingDate(date: string, unreadable = false): void {
  setControl({ meetingDate: unreadable ? '' : date, meetingDateUnreadable: unreadable });
}

/** Adds "Changes since" that snapshot to the pack, or none (null). */
export function setExportChangesSince(snapshotId: string | null): void {
  exportStore.setState((s) => ({ choices: { ...s.choices, changesSince: snapshotId } }));
}

/** The summary pack or the full one; the sections chosen stay chosen for when the other is picked again. */
export function setExportSummary(summary: boolean): void {
  exportStore.setState((s) => ({ choices: { ...s.choices, summary } }));
}

/** All pillars, or only those chosen below (none at first, so that the choice is the person's). */
export function setExportAllPillars(all: boolean): void {
  exportStore.setState((s) => ({ choices: { ...s.choices, pillarIds: all ? null : (s.choices.pillarIds ?? []) } }));
}

export function toggleExportPillar(pillarId: string, included: boolean): void {
  exportStore.setState((s) => {
    const chosen = (s.choices.pillarIds ?? []).filter((id) => id !== pillarId);
    return { choices: { ...s.choices, pillarIds: included ? [...chosen, pillarId] : chosen } };
  });
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
  const pillarIds = plan ? plan.pillars.map((p) => p.id) : [];
  if (!plan || running || current.step !== 'options' || hasProblems(exportProblems(choices, pillarIds))) return;
  const controller = new AbortController();
  running = controller;
  setStep({ step: 'rendering', progress: 0 });
  try {
    // A snapshot deleted since it was chosen is simply not compared with; 'changes' goes with the sections chosen.
    const changesSince = plan.history.snapshots.some((snapshot) => snapshot.id === choices.changesSince) ? choices.changesSince : null;
    const sections: PdfSection[] = [...sectionsToPrint(choices), ...(changesSince ? (['changes'] as const) : [])];
    const locale = exportLocale(choices.locale);
    // The findings are worked out on the pillars printed, so none points at an item left out.
    const chosen = pillarsToPrint(choices, pillarIds);
    const printed = chosen === null ? plan : planForPillars(plan, chosen);
    const fonts = await fontsFor(printed, locale);
    const options = {
      fonts,
      date: choices.date,
      pageSize: choices.pageSize,
      sections,
      locale,
      summary: choices.summary,
      control: documentControlOf(choices.control),
      changesSince,
      pillarIds: chosen,
    };
    const findingsAsOf = sections.includes('findings') ? choices.date : null;
    const bytes = await renderPdfOffThread({ plan: printed, options, findingsAsOf }, (progress) => {
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
