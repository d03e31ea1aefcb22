/**
 * A file name to offer in a Save dialog: the suggested name (a plan title) without path separators,
 * control or reserved characters, at most 120 characters, without a known extension it already
 * carries, ending in `.extension`; `fallback` when nothing is left.
 */
export function dialogFileName(suggested: string, options: { extension: string; strip: RegExp; fallback: string }): string {
  const cleaned = suggested
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  const base = cleaned.replace(options.strip, '').trim() || options.fallback;
  return `${base}.${options.extension}`;
}
