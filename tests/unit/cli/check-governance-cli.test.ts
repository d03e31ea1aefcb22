import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';
import { useExamplePlanFiles, type PlanJson } from './example-plan-files';

/*
 * The governance block of `aiplan check` (#16). Expected values are read off the example plan by
 * hand: four applications triaged (the chatbot and personalised service limited risk, order entry
 * and market trends minimal), three tools, two risks scored 4 × 3 and 3 × 4 on the chatbot, the
 * literacy step in January 2027, a horizon of 2027–2028 in which no duty of the shipped table starts.
 */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));

const { examplePlanWith } = useExamplePlanFiles('aiplan-governance-');

const json = async (path: string) => JSON.parse((await aiplan(['check', path, '--json'])).stdout);

describe('aiplan check --json: governance', () => {
  it('reports each application tier, tools, data classes and risk counts, the tools register and the table it follows', async () => {
    const { governance } = await json(fixture('example.aiplan'));
    expect(governance.guidance).toBe('Guidance to prepare a conversation with an adviser, not legal advice.');
    expect(governance.obligations).toEqual({ asOf: '2026-11-01', custom: false });
    expect(governance.literacyMonth).toBe('2027-01');
    expect(governance.applications.map((a: PlanJson) => [a.id, a.tier.effective, a.tier.triaged, a.toolIds, a.dataClasses])).toEqual([
      ['id3', 'limited', true, ['id23'], ['customer-personal']],
      ['id7', 'minimal', true, ['id24'], ['internal']],
      ['id11', 'minimal', true, ['id24'], ['internal']],
      ['id15', 'limited', true, ['id23'], ['customer-personal']],
    ]);
    expect(governance.applications[0]).toEqual({
      id: 'id3',
      title: 'AI-powered chatbot for website engagement',
      tier: {
        proposed: 'limited',
        effective: 'limited',
        overridden: false,
        triaged: true,
        reason: 'It talks with people, who must be told they are dealing with AI: limited risk with transparency duties.',
        missing: [],
      },
      toolIds: ['id23'],
      dataClasses: ['customer-personal'],
      risks: { total: 2, closed: 0, high: 0, medium: 2, low: 0 },
    });
    expect(governance.tools.map((t: PlanJson) => [t.id, t.status, t.dataClasses, t.reviewDate])).toEqual([
      ['id23', 'approved', ['public', 'internal', 'customer-personal'], '2027-10-01'],
      ['id24', 'approved', ['public', 'internal'], '2028-01-01'],
      ['id25', 'under-review', ['public'], '2027-03-01'],
    ]);
    expect(governance.dutiesWithinHorizon).toEqual([]);
  });

  it('reports an override, an untriaged application, high and closed risks, and the high-risk duties due in the horizon', async () => {
    const path = examplePlanWith((doc) => {
      const [chatbot, orderEntry, trends] = doc.applications;
      chatbot.governance.triage.override = { tier: 'minimal', note: 'Answers opening hours only' };
      orderEntry.governance.triage = { ...orderEntry.governance.triage, annexArea: 'employment' };
      trends.governance.triage = { ...trends.governance.triage, prohibited: 'unanswered', role: 'unanswered' };
      chatbot.governance.risks[0].likelihood = 5;
      chatbot.governance.risks[1].status = 'closed';
    });
    const { governance } = await json(path);
    const [chatbot, orderEntry, trends] = governance.applications;
    expect(chatbot.tier).toMatchObject({ proposed: 'limited', effective: 'minimal', overridden: true, triaged: true, reason: 'Set by the team: Answers opening hours only' });
    expect(chatbot.risks).toEqual({ total: 2, closed: 1, high: 1, medium: 0, low: 0 });
    expect(orderEntry.tier).toMatchObject({ proposed: 'high-risk', effective: 'high-risk', triaged: true });
    expect(trends.tier).toMatchObject({ proposed: null, effective: null, triaged: false, missing: ['prohibited', 'role'] });
    // Annex III deployer duties apply from 2 December 2027 in the shipped table, inside 2027–2028.
    expect(governance.dutiesWithinHorizon.map((d: PlanJson) => [d.id, d.month, d.role, d.applicationIds])).toEqual([
      ['high-risk-oversight', '2027-12', 'deployer', ['id7']],
      ['high-risk-monitoring-logs', '2027-12', 'deployer', ['id7']],
      ['high-risk-inform-workers', '2027-12', 'deployer', ['id7']],
      ['high-risk-inform-people', '2027-12', 'deployer', ['id7']],
      ['high-risk-fria', '2027-12', 'deployer', ['id7']],
    ]);
    expect(governance.dutiesWithinHorizon[0].source).toContain('Regulation (EU) 2024/1689, Art. 26');
  });

  it('says it in one line of the text report, with the guidance line', async () => {
    const { stdout } = await aiplan(['check', fixture('example.aiplan')]);
    expect(stdout).toContain(
      'Governance: 4 of 4 AI applications triaged; 3 tools in the register; 2 open risks (0 high); no AI Act duty starts within the horizon.\nGuidance to prepare a conversation with an adviser, not legal advice.\n',
    );
  });
});
