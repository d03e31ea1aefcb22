import { beforeEach, describe, expect, it } from 'vitest';
import * as gov from '../../../../renderer/store/governance-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { governanceUiStore } from '../../../../renderer/governance/governance-ui-store';
import { openGovernanceSection } from '../../../../renderer/governance/open-governance';
import { applicationsByTier, scoreBand } from '../../../../renderer/governance/governance-selectors';
import { RISK_LIBRARY } from '../../../../shared/governance/risk-library';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
const plan = () => state().plan!;
const app = (i: number) => plan().applications[i]!;

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});

describe('governance actions', () => {
  it('answers a triage question as one undo step, and the application moves tier', () => {
    const id = app(2).id;
    const before = applicationsByTier(plan());
    expect(before.minimal.map((a) => a.id)).toContain(id);
    gov.answerTriage(id, { annexArea: 'employment' });
    expect(applicationsByTier(plan())['high-risk'].map((a) => a.id)).toEqual([id]);
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(applicationsByTier(plan()).minimal.map((a) => a.id)).toContain(id);
  });

  it('overrides the tier, types the reason as one step, and follows the answers again', () => {
    const id = app(0).id;
    gov.overrideTier(id, 'minimal');
    for (const note of ['A', 'Ad', 'Adviser agreed']) gov.setOverrideNote(id, 'minimal', note);
    expect(app(0).governance.triage.override).toEqual({ tier: 'minimal', note: 'Adviser agreed' });
    expect(state().past).toHaveLength(2);
    gov.overrideTier(id, null);
    expect(app(0).governance.triage.override).toBeNull();
  });

  it('adds a tool with an id it returns, edits it typing as one step, and removes it from the applications that used it', () => {
    const id = gov.addTool()!;
    expect(plan().governance.tools.at(-1)).toMatchObject({ id, name: '', status: 'under-review' });
    for (const name of ['T', 'Tr', 'Transcriber']) gov.editTool(id, { name }, true);
    expect(state().past).toHaveLength(2);
    gov.setToolsOfApplication(app(0).id, [...app(0).governance.toolIds, id]);
    gov.removeTool(id, 'Transcriber');
    expect(plan().governance.tools.some((t) => t.id === id)).toBe(false);
    expect(app(0).governance.toolIds).not.toContain(id);
    expect(state().statusMessage).toContain('Transcriber');
    state().undo();
    expect(app(0).governance.toolIds).toContain(id);
  });

  it('seeds the common risks in one step, once, each with its own id', () => {
    const id = app(3).id;
    const own = app(3).governance.risks.length;
    expect(gov.seedCommonRisks(id)).toBe(true);
    const risks = app(3).governance.risks;
    const seeded = risks.length - own;
    expect(seeded).toBeGreaterThan(0);
    expect(seeded).toBeLessThanOrEqual(RISK_LIBRARY.length);
    expect(new Set(risks.map((r) => r.id)).size).toBe(risks.length);
    expect(gov.seedCommonRisks(id)).toBe(false);
    expect(state().past).toHaveLength(1);
  });

  it('edits a risk’s scores within 1–5 and removes it undoably', () => {
    const id = app(0).id;
    const riskId = gov.addRisk(id, { title: 'Leaks' })!;
    gov.editRisk(id, riskId, { likelihood: 9, impact: 5 });
    expect(app(0).governance.risks.find((r) => r.id === riskId)).toMatchObject({ likelihood: 5, impact: 5 });
    expect(scoreBand(25)).toBe('high');
    gov.removeRisk(id, riskId, 'Leaks');
    expect(app(0).governance.risks.some((r) => r.id === riskId)).toBe(false);
    state().undo();
    expect(app(0).governance.risks.some((r) => r.id === riskId)).toBe(true);
  });

  it('copies the duties table for the plan, edits a row, and resets to the shipped one', () => {
    expect(gov.copyDutiesTable()).toBe(true);
    const rows = plan().governance.obligations!;
    gov.editDutiesTable(rows.map((r, i) => (i === 0 ? { ...r, applies: '2025-03-01' } : r)));
    expect(plan().governance.obligations![0]!.applies).toBe('2025-03-01');
    gov.resetDutiesTable();
    expect(plan().governance.obligations).toBeNull();
    expect(plan().governance.obligationsAsOf).toBeNull();
  });

  it('sets and clears the literacy month', () => {
    gov.setLiteracyMonth('2027-03');
    expect(plan().governance.literacyMonth).toBe('2027-03');
    gov.setLiteracyMonth(null);
    expect(plan().governance.literacyMonth).toBeNull();
  });
});

describe('opening an application’s Governance section', () => {
  it('selects the application and asks its section to come into sight, at the part named', () => {
    openGovernanceSection(app(1).id, 'risks');
    expect(state().selection).toEqual({ kind: 'application', id: app(1).id });
    expect(governanceUiStore.getState().revealSection).toEqual({ applicationId: app(1).id, target: 'risks' });
    governanceUiStore.getState().clearSectionRequest();
    expect(governanceUiStore.getState().revealSection).toBeNull();
  });
});
