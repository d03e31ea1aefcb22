import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_ROWS_SKIPPED } from '../../../electron/cli/import-command';
import { loadPlanFromBytes } from '../../../shared/plan-load';
import { matrixTable } from '../../../shared/spreadsheet/export-table';
import { readSpreadsheet } from '../../../shared/spreadsheet/read-table';
import { fixture } from './example-plan-files';
import { aiplan } from './run-aiplan';

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-import-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const loaded = (path: string) => {
  const result = loadPlanFromBytes(readFileSync(path));
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};

const CSV = [
  'Pillar,Objective,Use case,KPI,Impact,Pilot start',
  'Growth,More leads,Lead scoring,Conversion rate,4,2027-03',
  'Growth,More leads,Lead scoring,Deals,,',
  'Growth,More leads,Chat,,high,',
  'Growth,More leads,,Orphan,,',
  '',
].join('\r\n');

describe('aiplan import', () => {
  it('makes a valid plan of the usable rows, lists each skipped row and exits 3', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ideas.csv'), CSV);
    const result = await aiplan(['import', join(dir, 'ideas.csv'), join(dir, 'ideas.aiplan')]);
    expect(result.code).toBe(EXIT_ROWS_SKIPPED);
    expect(result.stdout).toContain('new: 1 pillar, 1 objective, 1 application, 2 KPIs, 1 pilot scheduled');
    expect(result.stdout).toContain('2 rows were skipped:');
    expect(result.stdout).toContain('row 4: Impact “high” is not a score from 1 to 5');
    expect(result.stdout).toContain('row 5: the AI application is empty');
    const plan = loaded(join(dir, 'ideas.aiplan'));
    expect(plan.meta.title).toBe('ideas');
    expect(plan.applications.map((a) => a.title)).toEqual(['Lead scoring']);
  });

  it('exits 0 when every row is used, and takes --title', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ok.csv'), CSV.split('\r\n').slice(0, 3).join('\r\n'));
    const result = await aiplan(['import', join(dir, 'ok.csv'), join(dir, 'ok.aiplan'), '--title', 'Board ideas']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(loaded(join(dir, 'ok.aiplan')).meta.title).toBe('Board ideas');
  });

  it('refuses a file that is no spreadsheet, writes nothing and exits 1', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bomb.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const result = await aiplan(['import', join(dir, 'bomb.xlsx'), join(dir, 'out.aiplan')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was not imported');
    expect(() => readFileSync(join(dir, 'out.aiplan'))).toThrow();
  });

  it('exits 1 when no row can be used, listing why', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.csv'), 'Pillar,Objective,Use case,Impact\nGrowth,Leads,Chat,high\n');
    const result = await aiplan(['import', join(dir, 'bad.csv'), join(dir, 'out.aiplan')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 2: Impact “high” is not a score from 1 to 5');
  });

  it('keeps an existing plan unless --force, and exits 2 on a usage error', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ok.csv'), 'Pillar\nGrowth\n');
    writeFileSync(join(dir, 'taken.aiplan'), 'x');
    expect((await aiplan(['import', join(dir, 'ok.csv'), join(dir, 'taken.aiplan')])).code).toBe(1);
    expect(readFileSync(join(dir, 'taken.aiplan'), 'utf8')).toBe('x');
    expect((await aiplan(['import', join(dir, 'ok.csv')])).code).toBe(2);
    expect((await aiplan(['import', join(dir, 'ok.csv'), join(dir, 'out.txt')])).code).toBe(2);
  });

  it('merges into the example plan in place, keeping a backup and adding only what is new', async () => {
    const dir = folder();
    const planPath = join(dir, 'plan.aiplan');
    writeFileSync(planPath, readFileSync(fixture('example.aiplan')));
    const before = loaded(planPath);
    const pillar = before.pillars[0]!.title;
    const objective = before.objectives.find((o) => o.pillarId === before.pillars[0]!.id)!.title;
    writeFileSync(join(dir, 'more.csv'), `Pillar,Objective,Use case\n"${pillar}","${objective}",Brand-new idea\n`);
    const result = await aiplan(['import', join(dir, 'more.csv'), planPath, '--merge-into', planPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('new: 0 pillars, 0 objectives, 1 application, 0 KPIs, 0 pilots scheduled');
    const after = loaded(planPath);
    expect(after.applications).toHaveLength(before.applications.length + 1);
    expect(loaded(`${planPath}.bak`).applications).toHaveLength(before.applications.length);
  });
});

describe('aiplan export to a spreadsheet', () => {
  it('writes the matrix as CSV and the workbook as XLSX, and import reads them back to the same matrix', async () => {
    const dir = folder();
    const plan = loaded(fixture('example.aiplan'));
    for (const ext of ['csv', 'xlsx']) {
      const out = join(dir, `plan.${ext}`);
      const exported = await aiplan(['export', fixture('example.aiplan'), out]);
      expect(exported).toMatchObject({ code: 0, stderr: '' });
      expect(exported.stdout).toContain(`(${ext.toUpperCase()}, `);
      const read = await readSpreadsheet(new Uint8Array(readFileSync(out)), out);
      expect(read.status).toBe('read');
      const back = join(dir, `back-${ext}.aiplan`);
      expect((await aiplan(['import', out, back])).code).toBe(0);
      expect(matrixTable(loaded(back)).rows).toEqual(matrixTable(plan).rows);
    }
  });

  it('still refuses an output that is neither PDF nor spreadsheet', async () => {
    const result = await aiplan(['export', fixture('example.aiplan'), join(folder(), 'plan.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.pdf, .csv or .xlsx');
  });
});
