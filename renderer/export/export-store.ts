import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { PDF_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import type { PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import type { UnsupportedCharacter } from '../../shared/pdf/text-coverage';
import type { Locale } from '../../shared/i18n/locales';
import type { DocumentStatus } from '../../shared/pdf/document-control';

/*
 * The export dialog's state: UI state, so it lives outside the plan document and its undo history.
 * Everything chosen but the cover's date is kept for the next export in this session.
 */

/** The board pack's document control (#18 §4) as the dialog holds it, checked before export rather than cut. */
export interface ExportControlChoices {
  /** "1.2", "v3"; '' for none. */
  version: string;
  status: DocumentStatus | null;
  /** YYYY-MM-DD of the meeting; '' for none. */
  meetingDate: string;
  /** The meeting date field holds something that is not a whole date (chromium then gives '' as its value). */
  meetingDateUnreadable: boolean;
  /** "Board only"; '' for none. */
  confidentiality: string;
}

export const NO_EXPORT_CONTROL: ExportControlChoices = { version: '', status: null, meetingDate: '', meetingDateUnreadable: false, confidentiality: '' };

export interface ExportChoices {
  pageSize: PdfPageSize;
  sections: readonly PdfSection[];
  /** "YYYY-MM-DD", printed on the cover; today when the dialog opens. */
  date: string;
  /** The board pack's language; null until chosen, meaning the language the app shows. */
  locale: Locale | null;
  control: ExportControlChoices;
  /** The summary pack of at most 12 pages instead of the full board pack. */
  summary: boolean;
  /** The pillars to print; null for all of them. */
  pillarIds: readonly string[] | null;
  /** The snapshot whose "Changes since" the pack adds (#20); null for none. */
  changesSince: string | null;
}

export type ExportStep =
  | { step: 'options'; error: ExportError | null }
  | { step: 'rendering'; progress: number }
  | { step: 'saving' }
  | { step: 'saved'; path: string; openError: string | null };

export interface ExportError {
  message: string;
  details: readonly string[];
}

export interface ExportState {
  open: boolean;
  choices: ExportChoices;
  /** Characters of the plan the PDF font cannot show; null while the fonts are being checked. */
  unsupported: UnsupportedCharacter[] | null;
  current: ExportStep;
}

export const exportStore = createStore<ExportState>()(() => ({
  open: false,
  choices: { pageSize: 'a4', sections: PDF_SECTIONS, date: '', locale: null, control: NO_EXPORT_CONTROL, summary: false, pillarIds: null, changesSince: null },
  unsupported: null,
  current: { step: 'options', error: null },
}));

export function useExport<T>(selector: (state: ExportState) => T): T {
  return useStore(exportStore, selector);
}

export function resetExportStore(): void {
  exportStore.setState(exportStore.getInitialState(), true);
}
