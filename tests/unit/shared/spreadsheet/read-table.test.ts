import { describe, expect, it } from 'vitest';
import { readSpreadsheet, importSheetOf } from '../../../../shared/spreadsheet/read-table';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import type { ReadResult, SheetTable } from '../../../../shared/spreadsheet/spreadsheet-types';
import { handMadeXlsx, rawBytes, withSheetPart } from './hand-made-xlsx';

const bytesOf = (text: string) => new TextEncoder().encode(text);
function sheetsOf(result: ReadResult): SheetTable[] {
  if (result.status !== 'read') throw new Error(`refused: ${result.reason} (${result.detail})`);
  return result.sheets;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = endian === 'le' ? code & 0xff : code >> 8;
    out[3 + i * 2] = endian === 'le' ? code >> 8 : code & 0xff;
  }
  return out;
}

describe('readSpreadsheet: CSV as Excel writes it', () => {
  it('reads a semicolon CSV with a BOM (Excel in German), decimal commas included', async () => {
    const result = await readSpreadsheet(bytesOf('\ufeffSäule;Ziel;Anwendungsfall;Kennzahl;Zielwert\r\nWachstum;Mehr Leads;Lead-Scoring;Quote;"1,5"\r\n'), 'Ideen.csv');
    expect(result).toMatchObject({ status: 'read', format: 'csv', encoding: 'utf-8', delimiter: ';' });
    const [sheet] = sheetsOf(result);
    expect(sheet!.name).toBe('Ideen');
    expect(sheet!.rows).toEqual([
      ['Säule', 'Ziel', 'Anwendungsfall', 'Kennzahl', 'Zielwert'],
      ['Wachstum', 'Mehr Leads', 'Lead-Scoring', 'Quote', '1,5'],
    ]);
    const preview = previewImport(sheet!, guessMapping(sheet!.rows[0]!));
    expect(preview.groups[0]!.objectives[0]!.applications[0]!.kpis[0]!.target).toBe(1.5);
  });

  it('reads UTF-16 tab-separated text (Excel’s “Unicode text”), both byte orders', async () => {
    const text = 'Pillar\tObjective\tUse case\r\nŁódź\t東京 😀\tA, "quoted" name\r\n';
    for (const endian of ['le', 'be'] as const) {
      const result = await readSpreadsheet(utf16(text, endian), 'unicode.txt');
      expect(result).toMatchObject({ status: 'read', encoding: `utf-16${endian}`, delimiter: '\t' });
      expect(sheetsOf(result)[0]!.rows[1]).toEqual(['Łódź', '東京 😀', 'A, "quoted" name']);
    }
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Excel’s plain “CSV” on Windows)', async () => {
    const bytes = Uint8Array.from([...bytesOf('Pillar,Objective\r\nS'), 0xe4, ...bytesOf('ule,'), 0x80, ...bytesOf(' budget\r\n')]);
    const result = await readSpreadsheet(bytes, 'old.csv');
    expect(result).toMatchObject({ encoding: 'windows-1252' });
    expect(sheetsOf(result)[0]!.rows[1]).toEqual(['Säule', '€ budget']);
  });

  it('reads quoted fields with commas, quotes and line breaks, and counts rows as the spreadsheet shows them', async () => {
    const result = await readSpreadsheet(bytesOf('\r\n\r\nPillar,Use case,Impact\r\n"Growth, mostly","Line one\r\nline two ""quoted""",high\r\n'), 'x.csv');
    const [sheet] = sheetsOf(result);
    expect(sheet!.firstRow).toBe(3);
    expect(sheet!.rows[1]).toEqual(['Growth, mostly', 'Line one\r\nline two "quoted"', 'high']);
    expect(previewImport(sheet!, ['pillar', 'application', 'impact']).problems[0]!.row).toBe(4);
  });

  it('takes the delimiter from Excel’s "sep=" line', async () => {
    const result = await readSpreadsheet(bytesOf('sep=|\r\nPillar|Objective\r\nA,1|B;2\r\n'), 'x.csv');
    expect(result).toMatchObject({ delimiter: '|' });
    expect(sheetsOf(result)[0]!.rows).toEqual([
      ['Pillar', 'Objective'],
      ['A,1', 'B;2'],
    ]);
    expect(sheetsOf(result)[0]!.firstRow).toBe(2);
  });

  it('takes off the quote export puts before formula-looking text, and only there', async () => {
    const result = await readSpreadsheet(bytesOf("Pillar,Objective,Use case\r\n'=SUM(A1),'-5,'plain quote\r\n"), 'x.csv');
    expect(sheetsOf(result)[0]!.rows[1]).toEqual(['=SUM(A1)', '-5', "'plain quote"]);
  });
});

describe('readSpreadsheet: XLSX written by other programs', () => {
  it('reads shared strings, inline strings, numbers, date cells and cached formula values', async () => {
    const bytes = handMadeXlsx(
      [
        {
          name: 'Ideas',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="inlineStr"><is><r><t>More </t></r><r><rPr><b/></rPr><t>leads</t></r></is></c><c r="C2" t="str"><f>CONCAT("Lead ","scoring")</f><v>Lead scoring</v></c>' +
            '<c r="D2"><f>2+2</f><v>4</v></c><c r="E2" s="1"><v>46447</v></c><c r="F2" s="3"><v>1234.5</v></c></row>' +
            '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>7</v></c><c r="C3" t="str"><f>A1&amp;B1</f></c><c r="E3" s="2"><v>46478</v></c></row>',
        },
      ],
      { sharedStrings: ['Pillar', 'Objective', 'Use case', 'Impact', 'Pilot start', 'Baseline', 'Growth & Co <1>', 'Retention'] },
    );
    const [sheet] = sheetsOf(await readSpreadsheet(bytes, 'book.xlsx'));
    expect(sheet!.name).toBe('Ideas');
    expect(sheet!.rows).toEqual([
      ['Pillar', 'Objective', 'Use case', 'Impact', 'Pilot start', 'Baseline'],
      ['Growth & Co <1>', 'More leads', 'Lead scoring', 4, '2027-03-01', 1234.5],
      ['Growth & Co <1>', 'Retention', null, null, '2027-04-01'],
    ]);
    expect(sheet!.uncached).toEqual([[2, 2]]);
    const preview = previewImport(sheet!, guessMapping(sheet!.rows[0]!));
    expect(preview.problems).toEqual([{ row: 3, field: 'application', reason: 'formula', value: '' }]);
    expect(preview.groups[0]!.objectives[0]!.applications[0]!.fields).toEqual({ impact: 4, pilotStart: '2027-03' });
  });

  it('reads merged header cells by their first cell, past blank rows and a merged title above the header', async () => {
    const bytes = handMadeXlsx([
      {
        name: 'Matrix',
        sheetData:
          '<row r="1"/><row r="3"><c r="A3" t="inlineStr"><is><t>Strategy</t></is></c></row>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t>Pillar</t></is></c><c r="B4" t="inlineStr"><is><t>Objective</t></is></c><c r="C4" t="inlineStr"><is><t>AI use case</t></is></c><c r="D4"/><c r="E4" t="inlineStr"><is><t>KPI</t></is></c></row>' +
          '<row r="6"><c r="A6" t="inlineStr"><is><t>Growth</t></is></c><c r="B6" t="inlineStr"><is><t>Leads</t></is></c><c r="C6" t="inlineStr"><is><t>Chat</t></is></c><c r="E6" t="inlineStr"><is><t>Replies</t></is></c></row>',
        after: '<mergeCells count="2"><mergeCell ref="A3:E3"/><mergeCell ref="C4:D4"/></mergeCells>',
      },
    ]);
    const [sheet] = sheetsOf(await readSpreadsheet(bytes, 'merged.xlsx'));
    expect(sheet!.firstRow).toBe(4);
    expect(guessMapping(sheet!.rows[0]!)).toEqual(['pillar', 'objective', 'application', null, 'kpi']);
    const preview = previewImport(sheet!, guessMapping(sheet!.rows[0]!));
    expect(preview).toMatchObject({ rowCount: 1, usableRows: 1, problems: [] });
    expect(preview.groups[0]!.objectives[0]!.applications[0]!.kpis[0]!.name).toBe('Replies');
  });

  it('reads the OpenXML SDK’s prefixed elements', async () => {
    const bytes = handMadeXlsx([{ name: 'S', sheetData: '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>' }], { sharedStrings: ['Pillar'], prefix: 'x' });
    expect(sheetsOf(await readSpreadsheet(bytes, 's.xlsx'))[0]!.rows).toEqual([['Pillar', 7]]);
  });

  it('picks the sheet that holds the matrix among several', async () => {
    const bytes = handMadeXlsx([
      { name: 'Notes', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Read me</t></is></c></row>' },
      { name: 'Data', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Pillar</t></is></c><c r="B1" t="inlineStr"><is><t>Use case</t></is></c></row>' },
    ]);
    expect(importSheetOf(sheetsOf(await readSpreadsheet(bytes, 'two.xlsx')))!.name).toBe('Data');
  });

  it('reads text beyond ASCII as UTF-8, past a byte order mark, keeping a U+FEFF inside a value', async () => {
    const sheet = rawBytes(
      [0xef, 0xbb, 0xbf],
      '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Łódź</t></is></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="str"><v>東京 &amp; 😀</v></c><c r="D1" t="inlineStr"><is><t>\ufeffSäule_x000D_</t></is></c></row></sheetData></worksheet>',
    );
    const bytes = withSheetPart(handMadeXlsx([{ name: 'S', sheetData: '' }], { sharedStrings: ['Łódź', '東京 😀'] }), sheet);
    expect(sheetsOf(await readSpreadsheet(bytes, 'unicode.xlsx'))[0]!.rows).toEqual([['Łódź', '東京 😀', '東京 & 😀', '\ufeffSäule\r']]);
  });

  it('reads elements whose namespace prefix is beyond ASCII', async () => {
    const sheet = rawBytes(
      '<ł:worksheet xmlns:ł="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><ł:sheetData><ł:row r="1"><ł:c r="A1" t="s"><ł:v>0</ł:v></ł:c>' +
        '<ł:c r="B1" t="str"><ł:f>A1</ł:f><ł:v>Kraków</ł:v></ł:c><ł:c r="C1"><ł:v>7</ł:v></ł:c></ł:row></ł:sheetData></ł:worksheet>',
    );
    const bytes = withSheetPart(handMadeXlsx([{ name: 'S', sheetData: '' }], { sharedStrings: ['Pillar'] }), sheet);
    expect(sheetsOf(await readSpreadsheet(bytes, 'prefixed.xlsx'))[0]!.rows).toEqual([['Pillar', 'Kraków', 7]]);
  });

  it('reads every value of a sheet of thousands of different ones, repeated ones among them', async () => {
    const expected = Array.from({ length: 3000 }, (_, i) => [`Pillar ${i % 7}`, `Objective ${i}`, i % 2 ? `${i}` : `Ünïcode ${i}`, i * 1.5, 'Owner']);
    const sheetData = expected
      .map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => (typeof cell === 'number' ? `<c r="${'ABCDE'[c]}${r + 1}"><v>${cell}</v></c>` : `<c r="${'ABCDE'[c]}${r + 1}" t="inlineStr"><is><t>${cell}</t></is></c>`)).join('')}</row>`)
      .join('');
    expect(sheetsOf(await readSpreadsheet(handMadeXlsx([{ name: 'S', sheetData }]), 'many.xlsx'))[0]!.rows).toEqual(expected);
  });

  it('detects XLSX by its content whatever the file is called', async () => {
    const bytes = handMadeXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    expect(await readSpreadsheet(bytes, 'misnamed.csv')).toMatchObject({ status: 'read', format: 'xlsx' });
  });
});
