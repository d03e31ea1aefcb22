import { describe, expect, it } from 'vitest';
import { NO_TRIAGE } from '../../../../shared/schema/governance-schema';
import { isTriaged, triageResult } from '../../../../shared/governance/triage';
import type { Application, Triage } from '../../../../shared/model';

const app = (answers: Partial<Triage>): Pick<Application, 'governance'> => ({
  governance: { triage: { ...NO_TRIAGE, ...answers }, toolIds: [], dataClasses: [], risks: [] },
});

describe('AI Act triage', () => {
  it('leaves an application with no answers untriaged, listing every question it waits for', () => {
    const result = triageResult(app({}));
    expect(result).toMatchObject({ proposed: null, effective: null, overridden: false, reason: 'governance.triage.reason.untriaged' });
    expect(result.missing).toEqual(['prohibited', 'annexArea', 'interactsWithPeople', 'generatesContent', 'role']);
    expect(isTriaged(app({}))).toBe(false);
  });

  it('proposes prohibited as soon as the practice is prohibited, whatever else is unanswered, and does not ask for the role', () => {
    const result = triageResult(app({ prohibited: 'yes' }));
    expect(result).toMatchObject({ proposed: 'prohibited', effective: 'prohibited', reason: 'governance.triage.reason.prohibited' });
    expect(result.missing).toEqual([]);
  });

  it('proposes high risk for a use in an Annex III area, with the area in the reason', () => {
    const result = triageResult(app({ prohibited: 'no', annexArea: 'employment', role: 'deployer' }));
    expect(result).toMatchObject({ proposed: 'high-risk', reason: 'governance.triage.reason.high-risk.employment', missing: [] });
    expect(triageResult(app({ prohibited: 'no', annexArea: 'essential-services', role: 'deployer' })).reason).toBe('governance.triage.reason.high-risk.essential-services');
  });

  it('does not propose high risk while the prohibited question is open, since it could be worse', () => {
    const result = triageResult(app({ annexArea: 'employment', role: 'deployer' }));
    expect(result.proposed).toBeNull();
    expect(result.missing).toEqual(['prohibited']);
  });

  it('proposes limited risk for a chatbot, a generator, or both, each with its own reason', () => {
    const base = { prohibited: 'no', annexArea: 'none', role: 'deployer' } as const;
    expect(triageResult(app({ ...base, interactsWithPeople: 'yes' }))).toMatchObject({ proposed: 'limited', reason: 'governance.triage.reason.limited.interacts', missing: [] });
    expect(triageResult(app({ ...base, interactsWithPeople: 'no', generatesContent: 'yes' }))).toMatchObject({ proposed: 'limited', reason: 'governance.triage.reason.limited.generates' });
    expect(triageResult(app({ ...base, interactsWithPeople: 'yes', generatesContent: 'yes' }))).toMatchObject({ proposed: 'limited', reason: 'governance.triage.reason.limited.both' });
  });

  it('waits for the Annex III question before proposing limited risk', () => {
    const result = triageResult(app({ prohibited: 'no', interactsWithPeople: 'yes', role: 'deployer' }));
    expect(result.proposed).toBeNull();
    expect(result.missing).toEqual(['annexArea']);
  });

  it('proposes minimal risk only when every question is answered no or none', () => {
    const base = { prohibited: 'no', annexArea: 'none', role: 'provider' } as const;
    expect(triageResult(app({ ...base, interactsWithPeople: 'no', generatesContent: 'no' }))).toMatchObject({ proposed: 'minimal', reason: 'governance.triage.reason.minimal', missing: [] });
    const half = triageResult(app({ ...base, interactsWithPeople: 'no' }));
    expect(half.proposed).toBeNull();
    expect(half.missing).toEqual(['generatesContent']);
  });

  it('proposes a tier without the role but still lists the role as missing', () => {
    const result = triageResult(app({ prohibited: 'no', annexArea: 'none', interactsWithPeople: 'no', generatesContent: 'no' }));
    expect(result.proposed).toBe('minimal');
    expect(result.missing).toEqual(['role']);
  });

  it("lets the team's override decide the effective tier, keeping the proposal and its reason", () => {
    const result = triageResult(app({ prohibited: 'no', annexArea: 'none', interactsWithPeople: 'yes', role: 'deployer', override: { tier: 'minimal', note: 'Internal test bot only' } }));
    expect(result).toMatchObject({
      proposed: 'limited',
      effective: 'minimal',
      overridden: true,
      reason: 'governance.triage.reason.override',
      reasonValues: { note: 'Internal test bot only' },
      proposedReason: 'governance.triage.reason.limited.interacts',
    });
  });

  it('counts an override on an unanswered questionnaire as triaged', () => {
    const overridden = app({ override: { tier: 'high-risk', note: '' } });
    expect(isTriaged(overridden)).toBe(true);
    expect(triageResult(overridden)).toMatchObject({ proposed: null, effective: 'high-risk', reason: 'governance.triage.reason.override.noNote' });
  });
});
