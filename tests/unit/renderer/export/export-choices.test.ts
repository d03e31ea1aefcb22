import { afterEach, describe, expect, it } from 'vitest';
import {
  setExportAllPillars,
  setExportControlText,
  setExportMeetingDate,
  setExportStatus,
  setExportSummary,
  toggleExportPillar,
  toggleExportSection,
} from '../../../../renderer/export/export-actions';
import { documentControlOf, exportProblems, hasProblems, pillarsToPrint, sectionsToPrint } from '../../../../renderer/export/export-choices';
import { exportStore, resetExportStore } from '../../../../renderer/export/export-store';
import { PDF_SECTIONS, type PdfSection } from '../../../../shared/pdf/pdf-sections';

const PILLARS = ['p-growth', 'p-ops', 'p-people'];
const choices = () => exportStore.getState().choices;
const problems = () => exportProblems(choices(), PILLARS);

describe('the export dialog’s choices', () => {
  afterEach(resetExportStore);

  it('start as a full pack of every pillar with no document control, and block nothing but an empty cover date', () => {
    expect(choices()).toMatchObject({ summary: false, pillarIds: null, control: { version: '', status: null, meetingDate: '', confidentiality: '' } });
    expect(problems()).toEqual({ date: true, sections: false, pillars: false, meetingDate: false, version: null, confidentiality: null });
    exportStore.setState((s) => ({ choices: { ...s.choices, date: '2026-12-02' } }));
    expect(hasProblems(problems())).toBe(false);
  });

  it('refuses a version over 20 and a marking over 40 characters, saying how long each is, and keeps the text as typed', () => {
    exportStore.setState((s) => ({ choices: { ...s.choices, date: '2026-12-02' } }));
    setExportControlText('version', 'Version one point two, revised');
    setExportControlText('confidentiality', 'Strictly confidential: board members and the company secretary only');
    expect(problems().version).toEqual({ max: 20, length: 30 });
    expect(problems().confidentiality).toEqual({ max: 40, length: 67 });
    expect(hasProblems(problems())).toBe(true);
    expect(choices().control.version).toBe('Version one point two, revised');

    // Spaces around the text are not printed, so they do not count.
    setExportControlText('version', '   12345678901234567890   ');
    setExportControlText('confidentiality', 'Board only');
    expect(problems().version).toBeNull();
    expect(problems().confidentiality).toBeNull();
    expect(hasProblems(problems())).toBe(false);
  });

  it('takes no meeting date, or a whole calendar date; a half-typed one blocks the export until finished or cleared', () => {
    exportStore.setState((s) => ({ choices: { ...s.choices, date: '2026-12-02' } }));
    setExportMeetingDate('2026-12-15');
    expect(problems().meetingDate).toBe(false);
    setExportMeetingDate('', true);
    expect(problems().meetingDate).toBe(true);
    expect(hasProblems(problems())).toBe(true);
    setExportMeetingDate('');
    expect(problems().meetingDate).toBe(false);
    exportStore.setState((s) => ({ choices: { ...s.choices, control: { ...s.choices.control, meetingDate: '2027-02-30' } } }));
    expect(problems().meetingDate).toBe(true);
  });

  it('hands the renderer trimmed text, the status, and a meeting date only when it is one', () => {
    setExportControlText('version', ' 1.2 ');
    setExportStatus('draft');
    setExportMeetingDate('2026-12-15');
    setExportControlText('confidentiality', ' Board only ');
    expect(documentControlOf(choices().control)).toEqual({ version: '1.2', status: 'draft', meetingDate: '2026-12-15', confidentiality: 'Board only' });
    setExportStatus(null);
    setExportMeetingDate('', true);
    expect(documentControlOf(choices().control)).toEqual({ version: '1.2', status: null, meetingDate: null, confidentiality: 'Board only' });
  });

  it('prints only the summary pack’s sections in summary mode, and keeps the full pack’s choice for when it comes back', () => {
    toggleExportSection('matrix', false);
    setExportSummary(true);
    expect(sectionsToPrint(choices())).toEqual(['cover', 'summary', 'roadmap', 'priorities', 'findings']);
    for (const section of ['cover', 'summary', 'roadmap', 'priorities', 'findings'] as const) toggleExportSection(section, false);
    expect(problems().sections).toBe(true);
    setExportSummary(false);
    expect(problems().sections).toBe(false);
    const summarySections: readonly PdfSection[] = ['cover', 'summary', 'roadmap', 'priorities', 'findings'];
    expect(sectionsToPrint(choices())).toEqual(PDF_SECTIONS.filter((s) => s !== 'matrix' && !summarySections.includes(s)));
  });

  it('prints all pillars, or the chosen ones in the plan’s order; choosing none blocks the export', () => {
    expect(pillarsToPrint(choices(), PILLARS)).toBeNull();
    setExportAllPillars(false);
    expect(pillarsToPrint(choices(), PILLARS)).toEqual([]);
    expect(problems().pillars).toBe(true);
    toggleExportPillar('p-people', true);
    toggleExportPillar('p-growth', true);
    expect(pillarsToPrint(choices(), PILLARS)).toEqual(['p-growth', 'p-people']);
    expect(problems().pillars).toBe(false);
    toggleExportPillar('p-people', false);
    expect(pillarsToPrint(choices(), PILLARS)).toEqual(['p-growth']);
    // All pillars again, then some: the choosing starts afresh, as the list shows no pillar ticked.
    setExportAllPillars(true);
    expect(pillarsToPrint(choices(), PILLARS)).toBeNull();
    setExportAllPillars(false);
    expect(pillarsToPrint(choices(), PILLARS)).toEqual([]);
  });

  it('ignores a chosen pillar the plan no longer has (another plan opened in the same session)', () => {
    setExportAllPillars(false);
    toggleExportPillar('p-gone', true);
    expect(pillarsToPrint(choices(), PILLARS)).toEqual([]);
    expect(problems().pillars).toBe(true);
  });
});
