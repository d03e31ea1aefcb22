import type { PdfFonts } from '../../shared/pdf';
import { t } from '../../shared/i18n/active-locale';
import regularUrl from '../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../assets/fonts/DejaVuSans-Bold.ttf?url';

/*
 * The PDF's embedded fonts, shipped inside the app bundle: Vite copies the TTFs next to the scripts
 * and the fetch stays on the app's own origin (connect-src 'self'). Read once per session.
 */
let loading: Promise<PdfFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(t('export.error.fontRead', { url, status: String(response.status) }));
  return new Uint8Array(await response.arrayBuffer());
}

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read is retried on the next export rather than remembered.
  loading.catch(() => (loading = null));
  return loading;
}
