import type { PdfFonts } from '../../shared/pdf';
import type { PdfFontSet } from '../../shared/pdf/pdf-document';
import { t } from '../../shared/i18n/active-locale';
import regularUrl from '../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../assets/fonts/DejaVuSans-Bold.ttf?url';
import cjkRegularUrl from '../../assets/fonts/BIZUDPGothic-Regular.ttf?url';
import cjkBoldUrl from '../../assets/fonts/BIZUDPGothic-Bold.ttf?url';

/*
 * The PDF's embedded fonts, shipped inside the app bundle: Vite copies the TTFs next to the scripts
 * and the fetch stays on the app's own origin (connect-src 'self'). Read once per session; the CJK
 * face (9 MB) only for a plan that writes characters DejaVu lacks.
 */
let loading: Promise<PdfFontSet> | null = null;
let loadingCjk: Promise<PdfFontSet> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(t('export.error.fontRead', { url, status: String(response.status) }));
  return new Uint8Array(await response.arrayBuffer());
}

function fetchSet(regular: string, bold: string): Promise<PdfFontSet> {
  return Promise.all([fetchBytes(regular), fetchBytes(bold)]).then(([r, b]) => ({ regular: r, bold: b }));
}

export async function loadPdfFonts(options: { withCjk?: boolean } = {}): Promise<PdfFonts> {
  loading ??= fetchSet(regularUrl, boldUrl);
  // A failed read is retried on the next export rather than remembered.
  loading.catch(() => (loading = null));
  const base = await loading;
  if (!options.withCjk) return base;
  loadingCjk ??= fetchSet(cjkRegularUrl, cjkBoldUrl);
  loadingCjk.catch(() => (loadingCjk = null));
  return { ...base, cjk: await loadingCjk };
}
