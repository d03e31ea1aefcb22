import { afterAll, describe, expect, it } from 'vitest';
import { acknowledgeFinding } from '../../../shared/checks/acknowledge';
import { alignmentFindings } from '../../../shared/checks/alignment-checks';
import { findDependencyCycle, integrityProblems } from '../../../shared/plan-integrity';
import { loadPlanFromText, serialisePlan } from '../../../shared/plan-load';
import { renderPlanPdf } from '../../../shared/pdf/render-plan-pdf';
import { planWithPrototypeIds, PROTOTYPE_IDS } from '../../fixtures/prototype-ids';
import { flatText, pdfWorkspace, shippedFonts } from './pdf/pdf-tools';

const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());
const TODAY = '2026-11-23';

describe('a plan whose ids are names of Object.prototype members (toString, constructor, __proto__, hasOwnProperty)', () => {
  const plan = planWithPrototypeIds();

  it('loads, validates and round-trips unchanged', () => {
    expect(integrityProblems(plan)).toEqual([]);
    const loaded = loadPlanFromText(serialisePlan(plan));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(loaded.plan).toEqual(plan);
    expect(loaded.plan.pillars[0]!.id).toBe(PROTOTYPE_IDS.pillar);
    expect(Object.hasOwn(loaded.plan.applications[0]!, 'id') && loaded.plan.applications[0]!.id).toBe(PROTOTYPE_IDS.application);
    expect(Object.getPrototypeOf(loaded.plan.applications[0])).toBe(Object.prototype);
  });

  it('is told apart from a plan whose ids are really missing', () => {
    const dangling = { ...plan, kpis: plan.kpis.map((k, i) => (i === 0 ? { ...k, applicationId: 'valueOf' } : k)) };
    expect(integrityProblems(dangling).join('\n')).toMatch(/points at an AI application that is not in the file \(valueOf\)/);
    const looped = { ...plan, roadmap: { ...plan.roadmap, dependencies: [{ id: 'd1', fromId: '__proto__', toId: 'constructor' }, { id: 'd2', fromId: 'constructor', toId: '__proto__' }] } };
    expect(findDependencyCycle(looped)).toEqual(['__proto__', 'constructor', '__proto__']);
  });

  it('gets findings that name those items, and a finding on __proto__ can be acknowledged', () => {
    const findings = alignmentFindings(plan, { today: TODAY });
    const keys = findings.map((f) => f.key);
    expect(keys).toContain(`application-without-owner:${PROTOTYPE_IDS.application}`);
    expect(keys).toContain(`kpi-missing-baseline-or-target:${PROTOTYPE_IDS.kpi}`);
    const ownerless = findings.find((f) => f.key === `application-without-owner:${PROTOTYPE_IDS.application}`)!;
    expect(ownerless.item).toEqual({ kind: 'application', id: PROTOTYPE_IDS.application });
    expect(ownerless.itemTitle).toBe(plan.applications[0]!.title);

    const acknowledged = acknowledgeFinding(plan, ownerless.key, 'The team owns it together.', '2026-11-24T09:00:00.000Z');
    const after = alignmentFindings(acknowledged, { today: TODAY });
    expect(after.find((f) => f.key === ownerless.key)?.acknowledged).toBe(true);
    expect(after.filter((f) => f.acknowledged)).toHaveLength(1);
  });

  it('exports a board pack listing every item', () => {
    const findings = alignmentFindings(plan, { today: TODAY });
    const path = workspace.write('prototype-ids.pdf', renderPlanPdf(plan, { fonts: shippedFonts(), date: TODAY, pageSize: 'a4', findings }));
    const text = flatText(path);
    for (const title of [...plan.pillars.map((p) => p.title), ...plan.applications.map((a) => a.title), ...plan.kpis.map((k) => k.name)]) expect(text).toContain(title);
    expect(text).toContain(plan.roadmap.milestones[0]!.title);
  });
});
