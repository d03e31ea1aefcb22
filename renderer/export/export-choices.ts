import { DOCUMENT_CONTROL_MAX, type DocumentControl } from '../../shared/pdf/document-control';
import { PDF_SECTIONS, SUMMARY_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import type { ExportChoices, ExportControlChoices } from './export-store';

/*
 * What the dialog's choices mean for the board pack, and what stops an export: pure, so the dialog,
 * the export verb and the tests read the same answer. Text too long for a footer is refused here,
 * never cut silently by the renderer.
 */

export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The sections the dialog offers: the summary pack has fewer. */
export const sectionsOffered = (summary: boolean): readonly PdfSection[] => (summary ? SUMMARY_SECTIONS : PDF_SECTIONS);

/** The sections that will be printed: those chosen among the ones offered. */
export const sectionsToPrint = (choices: Pick<ExportChoices, 'sections' | 'summary'>): PdfSection[] => sectionsOffered(choices.summary).filter((s) => choices.sections.includes(s));

/** The chosen pillars that the plan still has, in the plan's order; null for all of them. */
export function pillarsToPrint(choices: Pick<ExportChoices, 'pillarIds'>, planPillarIds: readonly string[]): string[] | null {
  if (choices.pillarIds === null) return null;
  const chosen = new Set(choices.pillarIds);
  return planPillarIds.filter((id) => chosen.has(id));
}

export type ControlTextField = 'version' | 'confidentiality';

export interface TooLong {
  max: number;
  length: number;
}

/** Over the footer's room, as the renderer counts it (trimmed, in UTF-16 units); null when it fits. */
export function tooLong(field: ControlTextField, text: string): TooLong | null {
  const length = text.trim().length;
  const max = DOCUMENT_CONTROL_MAX[field];
  return length > max ? { max, length } : null;
}

export const meetingDateProblem = (control: ExportControlChoices): boolean =>
  control.meetingDateUnreadable || (control.meetingDate !== '' && !isCalendarDate(control.meetingDate));

/** Each reason the export cannot start yet, by the field that shows it. */
export interface ExportProblems {
  date: boolean;
  sections: boolean;
  pillars: boolean;
  meetingDate: boolean;
  version: TooLong | null;
  confidentiality: TooLong | null;
}

export function exportProblems(choices: ExportChoices, planPillarIds: readonly string[]): ExportProblems {
  const pillars = pillarsToPrint(choices, planPillarIds);
  return {
    date: !isCalendarDate(choices.date),
    sections: sectionsToPrint(choices).length === 0,
    pillars: pillars !== null && pillars.length === 0,
    meetingDate: meetingDateProblem(choices.control),
    version: tooLong('version', choices.control.version),
    confidentiality: tooLong('confidentiality', choices.control.confidentiality),
  };
}

export const hasProblems = (problems: ExportProblems): boolean => Object.values(problems).some((p) => p !== false && p !== null);

/** The renderer's document control: only what was set, trimmed. */
export function documentControlOf(control: ExportControlChoices): Partial<DocumentControl> {
  return {
    version: control.version.trim(),
    status: control.status,
    meetingDate: control.meetingDate && isCalendarDate(control.meetingDate) ? control.meetingDate : null,
    confidentiality: control.confidentiality.trim(),
  };
}
