import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { READ_CAPS, readSpreadsheet } from '../../../../shared/spreadsheet/read-table';
import { handMadeXlsx, rawBytes, withSheetPart } from './hand-made-xlsx';

/** The central directory record of `name` in a zip, to rewrite what it claims. */
function centralRecordOf(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((b, i) => zip[at + 46 + i] === b)) return at;
  }
  throw new Error(`no ${name}`);
}

const plainWorkbook = () => handMadeXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Pillar</t></is></c></row>' }]);

describe('hostile spreadsheets', () => {
  it('refuses a zip whose directory claims gigabytes, from the directory alone', async () => {
    const zip = plainWorkbook();
    new DataView(zip.buffer).setUint32(centralRecordOf(zip, 'xl/worksheets/sheet1.xml') + 24, 0xfffffff0, true);
    expect(await readSpreadsheet(zip, 'bomb.xlsx')).toMatchObject({ status: 'refused', reason: 'zip-bomb' });
  });

  it('refuses an entry with an absurd compression ratio before inflating it', async () => {
    // 4 MB of zeros deflate to about 4 KB: a ratio of 1,000.
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': zeros }, { level: 9, mtime: '1980-01-01T00:00:00' });
    expect(await readSpreadsheet(zip, 'bomb.xlsx')).toMatchObject({ status: 'refused', reason: 'zip-bomb' });
  });

  it('stops inflating an entry that grows past the size its directory declared', async () => {
    const zip = handMadeXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(20_000) }]);
    const record = centralRecordOf(zip, 'xl/worksheets/sheet1.xml');
    new DataView(zip.buffer).setUint32(record + 24, 1000, true);
    expect(await readSpreadsheet(zip, 'liar.xlsx')).toMatchObject({ status: 'refused', reason: 'zip-bomb' });
  });

  it('refuses a zip of more parts than a workbook has', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= READ_CAPS.maxEntries; i++) files[`x/${i}.xml`] = strToU8('<a/>');
    expect(await readSpreadsheet(zipSync(files, { mtime: '1980-01-01T00:00:00' }), 'many.xlsx')).toMatchObject({ status: 'refused', reason: 'too-many-entries' });
  });

  it('refuses a CSV of a million rows at the row cap, and a file past the size cap unread', async () => {
    const million = new TextEncoder().encode('Pillar,Objective,Use case\n' + 'P,O,A\n'.repeat(1_000_000));
    expect(await readSpreadsheet(million, 'million.csv')).toMatchObject({ status: 'refused', reason: 'too-many-rows' });
    const rows = '<row><c t="inlineStr"><is><t>P</t></is></c></row>'.repeat(READ_CAPS.maxRows + 1);
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: rows }]), 'rows.xlsx')).toMatchObject({ status: 'refused', reason: 'too-many-rows' });
    expect(await readSpreadsheet(new Uint8Array(READ_CAPS.maxFileBytes + 1), 'huge.csv')).toMatchObject({ status: 'refused', reason: 'too-large' });
  });

  it('refuses cells of a megabyte, in CSV and in XLSX', async () => {
    // Varied text, so that the workbook compresses like real text rather than like a bomb.
    const big = Array.from({ length: 200_000 }, (_, i) => (i * 7919).toString(36)).join(' ').slice(0, 1024 * 1024);
    expect(await readSpreadsheet(new TextEncoder().encode(`Pillar\n${big}\n`), 'big.csv')).toMatchObject({ status: 'refused', reason: 'cell-too-large' });
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], { sharedStrings: [big] }), 'big.xlsx')).toMatchObject({
      status: 'refused',
      reason: 'cell-too-large',
    });
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${big}</t></is></c></row>` }]), 'big.xlsx')).toMatchObject({
      status: 'refused',
      reason: 'cell-too-large',
    });
  });

  it('refuses a cell past the column cap', async () => {
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: '<row r="1"><c r="XFD1"><v>1</v></c></row>' }]), 'wide.xlsx')).toMatchObject({
      status: 'refused',
      reason: 'too-many-columns',
    });
  });

  it('treats a sheet named with path characters as a name, and never follows a part outside the zip', async () => {
    const named = handMadeXlsx([{ name: '../../evil', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Pillar</t></is></c></row>' }]);
    expect(await readSpreadsheet(named, 'evil.xlsx')).toMatchObject({ status: 'read', sheets: [{ name: '../../evil', rows: [['Pillar']] }] });
    const escaping = handMadeXlsx([{ name: 'S', sheetData: '' }], { targets: ['../../../../etc/passwd'] });
    expect(await readSpreadsheet(escaping, 'escape.xlsx')).toMatchObject({ status: 'refused', reason: 'not-a-spreadsheet' });
  });

  it('refuses binary files, a password-protected workbook, an empty file and a broken zip', async () => {
    expect(await readSpreadsheet(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image.csv')).toMatchObject({ reason: 'not-a-spreadsheet' });
    expect(await readSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'locked.xlsx')).toMatchObject({ reason: 'encrypted' });
    expect(await readSpreadsheet(new Uint8Array(0), 'empty.csv')).toMatchObject({ reason: 'not-a-spreadsheet' });
    const truncated = plainWorkbook().slice(0, 200);
    expect(await readSpreadsheet(truncated, 'cut.xlsx')).toMatchObject({ status: 'refused', reason: 'corrupt' });
  });

  it('reads a sheet part as UTF-8 whatever it is: UTF-16 finds nothing, bytes that are not UTF-8 read as U+FFFD', async () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Pillar</t></is></c></row></sheetData></worksheet>';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(await readSpreadsheet(withSheetPart(plainWorkbook(), utf16), 'utf16.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [] }] });
    const broken = rawBytes('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a', [0xc3], 'b', [0xe2, 0x82], '</t></is></c><c r="B1" t="str"><v>', [0xff], '</v></c></row></sheetData></worksheet>');
    expect(await readSpreadsheet(withSheetPart(plainWorkbook(), broken), 'broken.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [['a\ufffdb\ufffd', '\ufffd']] }] });
  });

  it('compares namespace prefixes as the decoded text does, bytes that are not UTF-8 included', async () => {
    // <Ã:row> closed by </â‚:row>: both prefixes decode to U+FFFD, so the row closes there.
    const [open, close] = [[0xc3], [0xe2, 0x82]];
    const sheet = rawBytes(
      '<worksheet><sheetData><', open, ':row r="1"><', open, ':c r="B1"><', open, ':v>2</', close, ':v></', close, ':c></', close, ':row>',
      '<', open, ':row r="2"><', open, ':c r="A2"><', open, ':v>3</', open, ':v></', open, ':c></', open, ':row></sheetData></worksheet>',
    );
    expect(await readSpreadsheet(withSheetPart(plainWorkbook(), sheet), 'prefixes.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [[null, 2], [3]] }] });
  });

  it('ends a row where its closing tag first appears, even inside a broken tag, and reads an unclosed one to the end', async () => {
    const inTag = '<row r="1"><c r="A1" t="inlineStr" x="</row>"><is><t>a</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: inTag }]), 'tag.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [[2]], firstRow: 2 }] });
    const unclosed = '<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v><c r="B2" t="inlineStr"><is><t>x</t></is>';
    expect(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData: unclosed }]), 'open.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [[2]] }] });
  });

  it('reads entries stored without compression too', async () => {
    const parts = unzipSync(plainWorkbook());
    const stored = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [v, { level: 0 }]])), { mtime: '1980-01-01T00:00:00' });
    expect(await readSpreadsheet(stored, 'stored.xlsx')).toMatchObject({ status: 'read', sheets: [{ rows: [['Pillar']] }] });
    expect(deflateSync(new Uint8Array(1)).length).toBeGreaterThan(0);
  });
});
