import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormulaText } from '../../../../shared/spreadsheet/cell-text';
import { matrixTable, workbookSheets } from '../../../../shared/spreadsheet/export-table';
import { writeCsv, writeXlsx } from '../../../../shared/spreadsheet/write-table';
import { sheetNames } from '../../../../shared/spreadsheet/xlsx-write';
import { alignmentFindings } from '../../../../shared/checks/alignment-checks';
import { examplePlanForTest } from '../plan-fixtures';

const table = {
  name: 'T',
  rows: [
    ['Name', 'Value', 'Month'],
    ['=HYPERLINK("http://x")', -5, '2027-03'],
    ['-5', 12.5, null],
    ['@cmd', null, null],
    ['\tTab', null, null],
    ['a, "b"\nc', 1e21, null],
    ["'=already", null, null],
  ],
  kinds: ['text', 'number', 'month'] as ('text' | 'number' | 'month')[],
  widths: [20, 10, 12],
};

describe('neutraliseFormula', () => {
  it('prefixes text starting with = + - @ tab or CR with a quote, and import takes exactly that quote off', () => {
    for (const text of ['=1+1', '+1', '-5', '@SUM', '\tx', '\rx', "'=x", "''-x", 'plain', "'quoted", '5-3', ''])
      expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('plain')).toBe('plain');
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, CRLF, RFC 4180 quoting, formula-looking text quoted and numbers as numbers', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(writeCsv(table));
    expect(text.split('\r\n')).toEqual([
      '\ufeffName,Value,Month',
      `"'=HYPERLINK(""http://x"")",-5,2027-03`,
      "'-5,12.5,",
      "'@cmd,,",
      `"'\tTab",,`,
      '"a, ""b""\nc",1e+21,',
      "''=already,,",
      '',
    ]);
  });
});

describe('writeXlsx', () => {
  it('writes formula-looking text as string cells marked as text, numbers and months as real cells, a frozen header and widths', async () => {
    const parts = unzipSync(await writeXlsx([table]));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toContain('<c r="A2" s="4" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>-5</v></c>');
    expect(sheet).toContain('<c r="C2" s="3"><v>46447</v></c>');
    expect(sheet).toContain('<c r="A3" s="4" t="inlineStr"><is><t xml:space="preserve">-5</t></is></c>');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<col min="1" max="1" width="20" customWidth="1"/>');
    expect(Object.keys(parts).some((name) => /vba|macro|\.bin$/i.test(name))).toBe(false);
    expect(strFromU8(parts['[Content_Types].xml']!)).not.toContain('macroEnabled');
  });

  it('gives the same bytes for the same sheets, and sheet names Excel accepts', async () => {
    expect(await writeXlsx([table])).toEqual(await writeXlsx([table]));
    expect(sheetNames([{ name: '../../evil', rows: [] }, { name: 'a'.repeat(40), rows: [] }, { name: 'A'.repeat(40), rows: [] }, { name: '', rows: [] }])).toEqual([
      '.. .. evil',
      'a'.repeat(31),
      `${'A'.repeat(29)} 2`,
      'Sheet4',
    ]);
  });
});

describe('workbookSheets', () => {
  it('holds the matrix and the roadmap, milestones, dependencies, check-ins, findings and readiness of the example', () => {
    const plan = examplePlanForTest();
    const findings = alignmentFindings(plan, { today: '2027-02-01' });
    const sheets = workbookSheets(plan, findings);
    expect(sheets.map((s) => s.name)).toEqual(['Matrix', 'Roadmap', 'Milestones', 'Dependencies', 'KPI check-ins', 'Findings', 'Readiness']);
    expect(sheets[0]!.rows).toEqual(matrixTable(plan).rows);
    const phases = plan.roadmap.schedules.reduce((n, s) => n + s.phases.length, 0);
    expect(sheets[1]!.rows).toHaveLength(phases + 1);
    expect(sheets[1]!.rows[1]).toEqual([expect.any(String), expect.any(String), expect.stringMatching(/^\d{4}-\d{2}$/), expect.any(Number), expect.stringMatching(/^\d{4}-\d{2}$/)]);
    expect(sheets[5]!.rows).toHaveLength(findings.length + 1);
    expect(sheets[6]!.rows).toHaveLength(3 + 16 + 1);
  });

  it('gives every pillar, objective and application a matrix row, even without children', () => {
    const plan = examplePlanForTest();
    const rows = matrixTable(plan).rows.slice(1);
    for (const p of plan.pillars) expect(rows.some((r) => r[0] === p.title)).toBe(true);
    for (const a of plan.applications) expect(rows.some((r) => r[2] === a.title)).toBe(true);
    expect(rows).toHaveLength(plan.kpis.length + plan.applications.filter((a) => !plan.kpis.some((k) => k.applicationId === a.id)).length + plan.objectives.filter((o) => !plan.applications.some((a) => a.objectiveId === o.id)).length + plan.pillars.filter((p) => !plan.objectives.some((o) => o.pillarId === p.id)).length);
  });
});
