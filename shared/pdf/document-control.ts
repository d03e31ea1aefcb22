import type { MessageKey } from '../i18n/translator';
import { longDate, type PdfLanguage } from './board-pack-labels';

/*
 * Document control of the board pack (#18 §4): which version of the paper this is, whether it is a
 * draft or final, the meeting it is for, and how confidential it is. Set in the export dialog and by
 * `aiplan export`; printed under the cover's title and in every footer, so a loose page still says
 * what it belongs to.
 */

export const DOCUMENT_STATUSES = ['draft', 'final'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentControl {
  /** "1.2", "v3": free text, short. */
  version: string;
  status: DocumentStatus | null;
  /** YYYY-MM-DD of the meeting the pack is for. */
  meetingDate: string | null;
  /** "Confidential", "Board only": printed in capitals in every footer; '' for none. */
  confidentiality: string;
}

export const NO_DOCUMENT_CONTROL: DocumentControl = { version: '', status: null, meetingDate: null, confidentiality: '' };

/** Longer text than a footer can hold is cut; the export dialog and the CLI refuse it before that. */
export const DOCUMENT_CONTROL_MAX = { version: 20, confidentiality: 40 } as const;

const STATUS_KEYS: Record<DocumentStatus, MessageKey> = { draft: 'pdf.control.status.draft', final: 'pdf.control.status.final' };

/** The control marks in reading order ("Version 1.2", "Draft", "For the meeting of 15 December 2026"), in the pack's language. */
export function controlMarks(control: DocumentControl, language: PdfLanguage): string[] {
  const { t } = language;
  const marks: string[] = [];
  const version = control.version.trim();
  if (version) marks.push(t('pdf.control.version', { version }));
  if (control.status) marks.push(t(STATUS_KEYS[control.status]));
  if (control.meetingDate) marks.push(t('pdf.control.meeting', { date: longDate(control.meetingDate, language) }));
  return marks;
}

/** Fills what the caller left out, trims text and drops a meeting date that is not a calendar date. */
export function documentControl(partial: Partial<DocumentControl> | undefined): DocumentControl {
  if (!partial) return NO_DOCUMENT_CONTROL;
  const meetingDate = partial.meetingDate && /^\d{4}-\d{2}-\d{2}$/.test(partial.meetingDate) ? partial.meetingDate : null;
  return {
    version: (partial.version ?? '').trim().slice(0, DOCUMENT_CONTROL_MAX.version),
    status: partial.status && DOCUMENT_STATUSES.includes(partial.status) ? partial.status : null,
    meetingDate,
    confidentiality: (partial.confidentiality ?? '').trim().slice(0, DOCUMENT_CONTROL_MAX.confidentiality),
  };
}
