import { strToU8, unzipSync, zipSync } from 'fflate';

/*
 * Workbooks written the way other programs write them, built part by part: Excel's shared
 * strings, styles with a date format, formulas with and without cached values, merged cells; the
 * OpenXML SDK's "x:" prefixes. Not made by our writer, so the reader is tested against other
 * programs' output.
 */

export interface HandMadeSheet {
  name: string;
  /** The <sheetData> content, written by the test. */
  sheetData: string;
  /** Extra elements after sheetData (mergeCells…). */
  after?: string;
}

export function handMadeXlsx(sheets: HandMadeSheet[], options: { sharedStrings?: string[]; prefix?: string; targets?: string[] } = {}): Uint8Array {
  const x = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${x}workbook ${ns}="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${x}sheets>` +
        sheets.map((s, i) => `<${x}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</${x}sheets></${x}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${options.targets?.[i] ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('') +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${x}styleSheet ${ns}="${main}"><${x}numFmts count="1"><${x}numFmt numFmtId="170" formatCode="[$-407]mmmm\\ yyyy;@"/></${x}numFmts>` +
        `<${x}cellXfs count="4"><${x}xf numFmtId="0"/><${x}xf numFmtId="14" applyNumberFormat="1"/><${x}xf numFmtId="170" applyNumberFormat="1"/><${x}xf numFmtId="4"/></${x}cellXfs></${x}styleSheet>`,
    ),
  };
  if (options.sharedStrings)
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${x}sst ${ns}="${main}" count="${options.sharedStrings.length}">` +
        options.sharedStrings.map((s) => `<${x}si><${x}t xml:space="preserve">${esc(s)}</${x}t></${x}si>`).join('') +
        `</${x}sst>`,
    );
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns}="${main}"><${x}sheetData>${sheet.sheetData}</${x}sheetData>${sheet.after ?? ''}</${x}worksheet>`,
    );
  });
  return zipSync(files, { mtime: '1980-01-01T00:00:00' });
}

/** The workbook with its first sheet's part replaced by `bytes` as they are: a byte order mark, another encoding, bytes that are not UTF-8. */
export function withSheetPart(zip: Uint8Array, bytes: Uint8Array): Uint8Array {
  return zipSync({ ...unzipSync(zip), 'xl/worksheets/sheet1.xml': bytes }, { mtime: '1980-01-01T00:00:00' });
}

/** Bytes of text (as UTF-8) and of raw byte values, in order. */
export const rawBytes = (...pieces: (string | number[])[]): Uint8Array => Uint8Array.from(pieces.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
