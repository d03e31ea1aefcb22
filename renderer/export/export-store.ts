import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { PDF_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import type { PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import type { UnsupportedCharacter } from '../../shared/pdf/text-coverage';
import type { Locale } from '../../shared/i18n/locales';

/*
 * The export dialog's state: UI state, so it lives outside the plan document and its undo history.
 * The page size and sections chosen are kept for the next export in this session.
 */

export interface ExportChoices {
  pageSize: PdfPageSize;
  sections: readonly PdfSection[];
  /** "YYYY-MM-DD", printed on the cover; today when the dialog opens. */
  date: string;
  /** The board pack's language; null until chosen, meaning the language the app shows. */
  locale: Locale | null;
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
  choices: { pageSize: 'a4', sections: PDF_SECTIONS, date: '', locale: null },
  unsupported: null,
  current: { step: 'options', error: null },
}));

export function useExport<T>(selector: (state: ExportState) => T): T {
  return useStore(exportStore, selector);
}

export function resetExportStore(): void {
  exportStore.setState(exportStore.getInitialState(), true);
}
