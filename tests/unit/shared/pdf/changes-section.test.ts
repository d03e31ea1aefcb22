import { afterAll, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../../../shared/history/snapshots';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf } from '../../../../shared/pdf';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';
import { execFileSync } from 'node:child_process';

/* #20: the board pack can add "Changes since <snapshot>", item by item, grouped by pillar. */

const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

function editedSince(): { plan: Plan; snapshotId: string } {
  const base = takeSnapshot(examplePlan(), { id: 'snap-1', name: 'Off-site v1 approved', takenAt: '2026-11-20T16:00:00.000Z' });
  const chatbot = base.applications[0]!;
  const kpi = base.kpis.find((k) => k.applicationId === chatbot.id)!;
  const dropped = base.objectives[2]!;
  const plan: Plan = {
    ...base,
    applications: base.applications.map((a) => (a.id === chatbot.id ? { ...a, title: 'Website assistant', owner: 'Head of Sales' } : a)),
    kpis: base.kpis.map((k) => (k.id === kpi.id ? { ...k, target: 75 } : k)),
    pillars: [...base.pillars, { id: 'p-new', title: 'People and skills', description: '' }],
  };
  // Removing an objective takes its applications, their KPIs and schedules with it.
  const goneApps = new Set(plan.applications.filter((a) => a.objectiveId === dropped.id).map((a) => a.id));
  return {
    snapshotId: 'snap-1',
    plan: {
      ...plan,
      objectives: plan.objectives.filter((o) => o.id !== dropped.id),
      applications: plan.applications.filter((a) => !goneApps.has(a.id)),
      kpis: plan.kpis.filter((k) => !goneApps.has(k.applicationId)),
      roadmap: {
        ...plan.roadmap,
        schedules: plan.roadmap.schedules.filter((s) => !goneApps.has(s.applicationId)),
        dependencies: plan.roadmap.dependencies.filter((d) => !goneApps.has(d.fromId) && !goneApps.has(d.toId)),
      },
      workshop: { ...plan.workshop, decisions: plan.workshop.decisions.map((d) => (d.link && goneApps.has(d.link.id) ? { ...d, link: null } : d)) },
    },
  };
}

describe('Changes since a snapshot', () => {
  const { plan, snapshotId } = editedSince();
  const path = workspace.write('changes.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02', changesSince: snapshotId }));
  const text = flatText(path);

  it('names the snapshot and its date, and counts the changes', () => {
    expect(text).toContain('Changes since “Off-site v1 approved”');
    expect(text).toContain('snapshot taken on 20 November 2026');
    expect(text).toMatch(/\d+ items changed \(1 added, \d+ removed/);
  });

  it('lists each changed item with its fields before and after', () => {
    expect(text).toContain('AI application: Website assistant');
    expect(text).toContain('Title: “AI-powered chatbot for website engagement” → “Website assistant”');
    expect(text).toContain('Owner: “Head of Marketing” → “Head of Sales”');
    expect(text).toMatch(/Target: 60 → 75/);
    expect(text).toMatch(/Pillar: People and skills Added/);
    expect(text).toMatch(/Objective: Identify new product opportunities Removed/);
  });

  it('comes after the executive summary, with its own bookmark', () => {
    const summaryAt = text.indexOf('Executive summary The plan on one page');
    expect(summaryAt).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Changes since “Off-site v1 approved”')).toBeGreaterThan(summaryAt);
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' });
    expect(outline).toContain('Changes since a snapshot');
  });

  it('is left out unless a snapshot is named, and prints why when the snapshot cannot be read', () => {
    const plain = flatText(workspace.write('plain.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02' })));
    expect(plain).not.toContain('Changes since');
    const missing = flatText(workspace.write('missing.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02', changesSince: 'no-such-snapshot' })));
    expect(missing).toContain('Changes since a snapshot');
    expect(missing).toMatch(/no-such-snapshot/);
  });

  it('is in the summary pack too, listing the first items', () => {
    const summary = flatText(workspace.write('summary.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02', summary: true, changesSince: snapshotId })));
    expect(summary).toContain('Changes since “Off-site v1 approved”');
    expect(summary).toContain('AI application: Website assistant');
  });
});

describe('Changes since a snapshot, in a pack of some pillars', () => {
  it('compares those pillars with the same pillars then, so the others do not read as removed', async () => {
    const { planForPillars } = await import('../../../../shared/pdf/pillar-filter');
    const { plan, snapshotId } = editedSince();
    const first = plan.pillars[0]!;
    const cut = planForPillars(plan, [first.id]);
    const text = flatText(workspace.write('cut.pdf', renderPlanPdf(cut, { fonts: shippedFonts(), date: '2026-12-02', changesSince: snapshotId, pillarIds: [first.id] })));
    expect(text).toContain('AI application: Website assistant');
    expect(text).not.toMatch(/Removed/);
    expect(text).not.toContain('Pillar: People and skills');
  });
});
