import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../../electron/cli/commands';
import { FIXTURES_DIR, HOSTILE_DIR, HOSTILE_FIXTURES } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';
import { useExamplePlanFiles, type PlanJson } from './example-plan-files';

/*
 * `aiplan check` through the command table. Expected findings are read off the plans by hand (the
 * example plan has two applications touching personal data whose ethical review is only partly
 * done, and two that pay back after its horizon at the middle estimate: market trends in October
 * 2031, customer service in February 2029), never computed with the checks under test.
 */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));
const hostile = (name: string) => fileURLToPath(new URL(name, HOSTILE_DIR));

/** 10:00 UTC: the same calendar day in the UTC zone these tests pin. */


const { examplePlanWith } = useExamplePlanFiles('aiplan-check-');

const ETHICS_PARTLY = 'It touches customer or staff data and its ethical review (bias, privacy, transparency) is only partly done.';
const LATE_PAYBACK = (month: string) =>
  `At the middle estimate it pays back in ${month}, after the horizon ends in Dec 2028: a longer bet than the plan covers, so say so to the board or trim its cost.`;
/** The example's two late paybacks, accepted: tests of other severities then see only their own findings open. */
const acceptLatePaybacks = (doc: PlanJson) =>
  doc.acknowledgements.push(
    { findingKey: 'payback-past-horizon:id11', note: 'A longer bet, agreed with the board.', at: '2026-11-20T09:00:00.000Z' },
    { findingKey: 'payback-past-horizon:id15', note: '', at: '2026-11-20T09:00:00.000Z' },
  );
const PRIVACY_NOTE = 'Privacy review booked for March.';

/**
 * The example plan plus: an AI application "Invoice reader" with no objective, no KPI and no owner;
 * the KPI "Average order processing time" (id8) with no owner, monthly, last checked in on
 * 2026-10-17 while its application is in pilot; the ethics finding of the chatbot (id3) acknowledged.
 */
function planWithKnownFindings(): string {
  return examplePlanWith((doc) => {
    const copied = doc.applications[1];
    // Its direct benefit takes an id of its own: ids are unique across the plan.
    const value = { ...copied.value, directBenefits: copied.value.directBenefits.map((d: PlanJson) => ({ ...d, id: `orphan-${d.id}` })) };
    doc.applications.push({ ...copied, id: 'orphan', objectiveId: null, title: 'Invoice reader', owner: '', starter: false, value });
    doc.applications[1].status = 'pilot';
    Object.assign(doc.kpis[1], { owner: '', cadence: 'monthly', actuals: [{ date: '2026-10-17', value: 15, note: '' }] });
    doc.acknowledgements.push({ findingKey: 'personal-data-ethics:id3', note: PRIVACY_NOTE, at: '2026-11-20T09:00:00.000Z' });
  });
}

const keysOf = (report: { findings: { key: string }[] }) => report.findings.map((f) => f.key);

describe('aiplan check on the example plan', () => {
  it('is listed in aiplan --help', () => {
    expect(helpText()).toContain('aiplan check FILE [--json] [--fail-on high|medium|low]');
  });

  it('prints its four findings grouped by severity, the readiness score and the value over the horizon, and exits 0', async () => {
    const { code, stdout, stderr } = await aiplan(['check', fixture('example.aiplan')]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      [
        `AI alignment plan (${fixture('example.aiplan')})`,
        'Checked on 2026-11-23: 4 open findings (2 high, 0 medium, 2 low), none acknowledged.',
        '',
        'HIGH: 2 open',
        '  [personal-data-ethics] Personal data without an ethical review',
        '    AI application "AI-powered chatbot for website engagement" (id id3)',
        `    ${ETHICS_PARTLY}`,
        '  [personal-data-ethics] Personal data without an ethical review',
        '    AI application "AI-driven personalised customer service" (id id15)',
        `    ${ETHICS_PARTLY}`,
        '',
        'MEDIUM: 0 open',
        '',
        'LOW: 2 open',
        '  [payback-past-horizon] Pays back after the horizon',
        '    AI application "Machine learning for market trend analysis" (id id11)',
        `    ${LATE_PAYBACK('Oct 2031')}`,
        '  [payback-past-horizon] Pays back after the horizon',
        '    AI application "AI-driven personalised customer service" (id id15)',
        `    ${LATE_PAYBACK('Feb 2029')}`,
        '',
        // Vision and uses to avoid are written (2 of 19 points); the AI lead and all 16 questions are not.
        'Readiness: 11 of 100 (2 of 19 answered, 17 gaps)',
        '',
      ].join('\n'),
    );
    expect(stdout.startsWith(`AI alignment plan (${fixture('example.aiplan')})\n`)).toBe(true);
    // The example's four applications cost 28,200 + 48,200 + 53,400 + 82,200 € over its 24 months.
    expect(stdout.endsWith('Value over the horizon: cost €212,000, net value €14,050 (-€33,012 – €61,113), payback Dec 2028.\n')).toBe(true);
  });

  it('prints one JSON document of the documented shape with --json', async () => {
    const { code, stdout, stderr } = await aiplan(['check', fixture('example.aiplan'), '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['report', 'reportVersion', 'file', 'valid', 'plan', 'today', 'findings', 'counts', 'readiness', 'failOn', 'failing', 'governance', 'value', 'workshop', 'history']);
    expect(report).toMatchObject({
      report: 'aiplan-check',
      reportVersion: 1,
      file: fixture('example.aiplan'),
      valid: true,
      plan: { title: 'AI alignment plan', organisation: 'Example Ltd', migratedFrom: null },
      today: '2026-11-23',
      counts: { high: 2, medium: 0, low: 2, acknowledged: 0 },
      readiness: { score: 11, answered: 2, total: 19 },
      failOn: null,
      failing: 0,
    });
    expect(report.findings[0]).toEqual({
      key: 'personal-data-ethics:id3',
      ruleId: 'personal-data-ethics',
      rule: 'Personal data without an ethical review',
      severity: 'high',
      item: { kind: 'application', id: 'id3', title: 'AI-powered chatbot for website engagement' },
      message: ETHICS_PARTLY,
      related: [],
      acknowledged: false,
      acknowledgement: null,
    });
    expect(keysOf(report)).toEqual(['personal-data-ethics:id3', 'personal-data-ethics:id15', 'payback-past-horizon:id11', 'payback-past-horizon:id15']);
    expect(report.readiness.gaps).toHaveLength(17);
    expect(report.readiness.gaps[0]).toEqual({ key: 'aiLead', label: 'AI lead', answer: 'empty' });
    expect(report.readiness.gaps[1]).toEqual({ key: 'visionStated', label: 'Have we written down our vision and boundaries for AI over the next 12–24 months?', answer: 'unanswered' });
  });
});

describe('aiplan check --json: what it costs and returns', () => {
  const valueOf = async (path: string, now?: Date) => JSON.parse((await aiplan(['check', path, '--json'], now)).stdout).value;

  it('gives the currency, the horizon and each application’s figures in minor units, payback as calendar months', async () => {
    const value = await valueOf(fixture('example.aiplan'));
    expect(value).toMatchObject({ currency: 'EUR', minorDigits: 2, dayRate: 480_00, horizon: { start: '2027-01', months: 24 }, realisedAsOf: '2026-11-23' });
    const chatbot = value.applications.find((a: { id: string }) => a.id === 'id3');
    // 8,500 € one-off + 25 days × 480 € + 22 months × 350 € from the pilot in March; 20 leads a month × 120 € a year, ±25 %.
    expect(chatbot).toMatchObject({
      title: 'AI-powered chatbot for website engagement',
      pillarId: 'id1',
      costEstimated: true,
      benefitEstimated: true,
      scheduled: true,
      annualBenefit: { low: 21_600_00, mid: 28_800_00, high: 36_000_00 },
      oneOffCost: 8_500_00 + 25 * 480_00,
      monthlyCost: 350_00,
      horizon: { cost: 28_200_00 },
      payback: { low: '2028-02', mid: '2028-05', high: '2028-09' },
      realised: { planned: null, realised: null, status: 'no-data' },
    });
    expect(chatbot.horizon.net.mid).toBe(chatbot.horizon.benefit.mid - 28_200_00);
    expect(value.pillars.map((p: { id: string }) => p.id)).toEqual(['id1', 'id5', 'id9', 'id13']);
    expect(value.plan.horizon.cost).toBe((28_200 + 48_200 + 53_400 + 82_200) * 100);
    expect(value.years).toMatchObject([
      { year: 2027, budget: 90_000_00, over: 0 },
      { year: 2028, budget: 130_000_00, over: 0 },
    ]);
    expect(value.years[0].cost + value.years[1].cost).toBe(value.plan.horizon.cost);
  });

  it('says null, never 0, for what nobody estimated', async () => {
    const unvalued = examplePlanWith((doc) => {
      doc.kpis[0].value.perUnit = null;
    });
    const chatbot = (await valueOf(unvalued)).applications.find((a: { id: string }) => a.id === 'id3');
    expect(chatbot).toMatchObject({ costEstimated: true, benefitEstimated: false, annualBenefit: null, payback: null, horizon: { cost: 28_200_00, benefit: null, net: null, roi: null } });
  });

  it('sets realised benefit against plan as of today', async () => {
    const checkedIn = examplePlanWith((doc) => {
      doc.kpis[0].actuals = [{ date: '2027-05-01', value: 50, note: '' }];
    });
    const value = await valueOf(checkedIn, new Date('2027-09-15T10:00:00.000Z'));
    const chatbot = value.applications.find((a: { id: string }) => a.id === 'id3');
    // 10 leads over the baseline × 120 € a month × 12 / 365 a day, from 1 May to 15 September (137 days).
    expect(chatbot.realised.realised).toBe(5_404_93);
    expect(chatbot.realised.planned).toBeGreaterThan(0);
    expect(value).toMatchObject({ realisedAsOf: '2027-09-15', plan: { realised: { realised: 5_404_93 } } });
  });
});

describe('aiplan check on a plan with known findings', () => {
  it('lists every finding by severity, with the acknowledged one flagged and its note', async () => {
    const { code, stdout } = await aiplan(['check', planWithKnownFindings()]);
    expect(code).toBe(0);
    expect(stdout).toContain('Checked on 2026-11-23: 7 open findings (3 high, 2 medium, 2 low), 1 acknowledged.');
    expect(stdout).toContain(
      [
        'HIGH: 3 open, 1 acknowledged',
        '  [unaligned-application] AI application with no objective',
        '    AI application "Invoice reader" (id orphan)',
        '    It serves no business objective yet: starting from a tool rather than a problem rarely pays off.',
        '  [application-without-kpi] AI application with no KPI',
        '    AI application "Invoice reader" (id orphan)',
        '    No KPI measures it, so nobody will know whether it worked.',
        '  [personal-data-ethics] Personal data without an ethical review (acknowledged)',
        '    AI application "AI-powered chatbot for website engagement" (id id3)',
        `    ${ETHICS_PARTLY}`,
        `    Acknowledged: "${PRIVACY_NOTE}"`,
        '  [personal-data-ethics] Personal data without an ethical review',
        '    AI application "AI-driven personalised customer service" (id id15)',
      ].join('\n'),
    );
    expect(stdout).toMatch(/MEDIUM: 2 open\n {2}\[application-without-owner\] AI application with no owner\n {4}AI application "Invoice reader" \(id orphan\)\n/);
    expect(stdout).toMatch(/\[kpi-without-owner\] KPI with no owner\n {4}KPI "Average order processing time" \(id id8\)\n/);
    expect(stdout).toMatch(/LOW: 2 open\n {2}\[payback-past-horizon\] Pays back after the horizon\n {4}AI application "Machine learning for market trend analysis" \(id id11\)\n/);
  });

  it('reports the acknowledgement in JSON with its note and time', async () => {
    const { stdout } = await aiplan(['check', planWithKnownFindings(), '--json']);
    const report = JSON.parse(stdout);
    expect(keysOf(report)).toEqual([
      'unaligned-application:orphan',
      'application-without-kpi:orphan',
      'personal-data-ethics:id3',
      'personal-data-ethics:id15',
      'application-without-owner:orphan',
      'kpi-without-owner:id8',
      'payback-past-horizon:id11',
      'payback-past-horizon:id15',
    ]);
    expect(report.counts).toEqual({ high: 3, medium: 2, low: 2, acknowledged: 1 });
    const acknowledged = report.findings.find((f: { key: string }) => f.key === 'personal-data-ethics:id3');
    expect(acknowledged).toMatchObject({ acknowledged: true, acknowledgement: { note: PRIVACY_NOTE, at: '2026-11-20T09:00:00.000Z' } });
    expect(report.findings.filter((f: { acknowledged: boolean }) => f.acknowledged)).toHaveLength(1);
  });

  it('names the plan as the item of a finding about the plan as a whole', async () => {
    const noStarter = examplePlanWith((doc) => {
      for (const app of doc.applications) app.starter = false;
    });
    // The chatbot ranks first: impact 4 × feasibility 4 beats 5 × 3 and 4 × 3.
    const message = 'No starter project is marked: start with one or two, such as “AI-powered chatbot for website engagement”.';
    const text = await aiplan(['check', noStarter]);
    expect(text.stdout).toContain(`MEDIUM: 1 open\n  [no-starter] No starter project\n    Plan "AI alignment plan"\n    ${message}\n`);
    const report = JSON.parse((await aiplan(['check', noStarter, '--json'])).stdout);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'no-starter')).toMatchObject({
      key: 'no-starter:plan',
      severity: 'medium',
      item: { kind: 'plan', id: null, title: 'AI alignment plan' },
      message,
    });
  });

  it('counts the overdue check-in from the day io.now gives: not on 1 December, low on 2 December', async () => {
    const path = planWithKnownFindings();
    const first = JSON.parse((await aiplan(['check', path, '--json'], new Date('2026-12-01T12:00:00.000Z'))).stdout);
    expect(first.today).toBe('2026-12-01');
    expect(first.counts.low).toBe(2);
    const second = JSON.parse((await aiplan(['check', path, '--json'], new Date('2026-12-02T12:00:00.000Z'))).stdout);
    expect(second.today).toBe('2026-12-02');
    expect(second.findings.filter((f: { ruleId: string }) => f.ruleId === 'kpi-checkin-overdue')).toEqual([
      expect.objectContaining({
        key: 'kpi-checkin-overdue:id8:2026-10-17',
        ruleId: 'kpi-checkin-overdue',
        item: { kind: 'kpi', id: 'id8', title: 'Average order processing time' },
        message: 'Its monthly check-in is overdue (the last was on 2026-10-17), so drift could go unnoticed.',
      }),
    ]);
  });
});

describe('aiplan check --fail-on', () => {
  it('exits 2 and says why when an open finding is of that severity or worse', async () => {
    const { code, stdout, stderr } = await aiplan(['check', planWithKnownFindings(), '--fail-on', 'high']);
    expect(code).toBe(2);
    expect(stdout).toContain('HIGH: 3 open');
    expect(stderr).toBe('aiplan check: 3 open findings of high severity (--fail-on high).\n');
    const json = await aiplan(['check', planWithKnownFindings(), '--json', '--fail-on', 'medium']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ failOn: 'medium', failing: 5 });
    expect(json.stderr).toBe('aiplan check: 5 open findings of medium severity or worse (--fail-on medium).\n');
  });

  it('does not count acknowledged findings', async () => {
    const bothAcknowledged = examplePlanWith((doc) => {
      doc.acknowledgements.push(
        { findingKey: 'personal-data-ethics:id3', note: PRIVACY_NOTE, at: '2026-11-20T09:00:00.000Z' },
        { findingKey: 'personal-data-ethics:id15', note: '', at: '2026-11-20T09:00:00.000Z' },
      );
      acceptLatePaybacks(doc);
    });
    for (const severity of ['high', 'medium', 'low']) {
      const { code, stderr } = await aiplan(['check', bothAcknowledged, '--fail-on', severity]);
      expect({ severity, code, stderr }).toEqual({ severity, code: 0, stderr: '' });
    }
    const { stdout } = await aiplan(['check', bothAcknowledged]);
    expect(stdout).toContain('Checked on 2026-11-23: 0 open findings (0 high, 0 medium, 0 low), 4 acknowledged.');
    expect(stdout).toContain('HIGH: 0 open, 2 acknowledged');
    expect(stdout).toContain('(id id15)\n    It touches customer or staff data and its ethical review (bias, privacy, transparency) is only partly done.\n    Acknowledged without a note.\n');

    const oneAcknowledged = examplePlanWith((doc) => {
      doc.acknowledgements.push({ findingKey: 'personal-data-ethics:id3', note: PRIVACY_NOTE, at: '2026-11-20T09:00:00.000Z' });
    });
    const json = await aiplan(['check', oneAcknowledged, '--json', '--fail-on', 'high']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { high: 1, acknowledged: 1 }, failing: 1 });
  });

  it('fails on a medium finding only from --fail-on medium down', async () => {
    const onlyMedium = examplePlanWith((doc) => {
      doc.applications[0].dimensions.ethical.level = 'addressed';
      doc.applications[3].dimensions.ethical.level = 'addressed';
      doc.kpis[0].owner = '';
      acceptLatePaybacks(doc);
    });
    const text = await aiplan(['check', onlyMedium]);
    expect(text.stdout).toContain('Checked on 2026-11-23: 1 open finding (0 high, 1 medium, 0 low), 2 acknowledged.');
    expect(text.stdout).toContain('  [kpi-without-owner] KPI with no owner\n    KPI "Qualified leads per month" (id id4)\n');
    expect((await aiplan(['check', onlyMedium, '--fail-on', 'high'])).code).toBe(0);
    expect((await aiplan(['check', onlyMedium, '--fail-on', 'medium'])).code).toBe(2);
    expect((await aiplan(['check', onlyMedium, '--fail-on', 'low'])).code).toBe(2);
  });

  it('fails on a low finding only with --fail-on low', async () => {
    const onlyLow = examplePlanWith((doc) => {
      doc.applications[0].dimensions.ethical.level = 'addressed';
      doc.applications[3].dimensions.ethical.level = 'addressed';
      doc.applications[1].status = 'live';
      doc.kpis[1].actuals = [{ date: '2026-11-01', value: 12, note: '' }];
      acceptLatePaybacks(doc);
    });
    // Weekly cadence: 22 days since the last check-in is 8 past the allowance of 14.
    const medium = await aiplan(['check', onlyLow, '--fail-on', 'medium']);
    expect(medium.code).toBe(0);
    expect(medium.stdout).toContain('LOW: 1 open, 2 acknowledged\n  [kpi-checkin-overdue] KPI check-in overdue\n    KPI "Average order processing time" (id id8)\n');
    const low = await aiplan(['check', onlyLow, '--fail-on', 'low']);
    expect(low.code).toBe(2);
    expect(low.stderr).toBe('aiplan check: 1 open finding of any severity (--fail-on low).\n');
  });

  it('refuses an unknown severity, a missing file and an unknown option with exit code 2', async () => {
    const wrong = await aiplan(['check', fixture('example.aiplan'), '--fail-on', 'critical']);
    expect(wrong).toEqual({ code: 2, stdout: '', stderr: 'aiplan check: there is no severity "critical"; choose high, medium or low.\n' });
    expect((await aiplan(['check'])).code).toBe(2);
    expect((await aiplan(['check', 'a.aiplan', 'b.aiplan'])).code).toBe(2);
    const unknown = await aiplan(['check', fixture('example.aiplan'), '--strict']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: aiplan check');
  });
});

describe('aiplan check on a file that is not a valid plan', () => {
  const invalid = HOSTILE_FIXTURES.filter((f) => f.expected !== 'loads');

  it('has hostile fixtures to try', () => {
    expect(invalid.length).toBeGreaterThan(3);
  });

  for (const f of invalid) {
    it(`exits 1 on ${f.file} with the messages of validate, even with --fail-on`, async () => {
      const validate = await aiplan(['validate', hostile(f.file)]);
      const check = await aiplan(['check', hostile(f.file), '--fail-on', 'low']);
      expect(check).toEqual({ code: 1, stdout: '', stderr: validate.stderr });
      expect(check.stderr).toMatch(/^invalid: /);
    });
  }

  it('prints valid: false and the error in JSON as well', async () => {
    const path = hostile('truncated.aiplan');
    const validate = await aiplan(['validate', path]);
    const { code, stdout, stderr } = await aiplan(['check', path, '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe(validate.stderr);
    const report = JSON.parse(stdout);
    expect(report).toEqual({ report: 'aiplan-check', reportVersion: 1, file: path, valid: false, error: { code: 'not-json', message: expect.any(String), details: expect.any(Array) } });
    expect(stderr.startsWith(`invalid: ${path}: ${report.error.message}\n`)).toBe(true);
  });

  it('reports a missing file as validate does', async () => {
    const path = join(tmpdir(), 'aiplan-check-no-such-folder', 'missing.aiplan');
    const check = await aiplan(['check', path]);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe((await aiplan(['validate', path])).stderr);
    expect(check.stderr).toMatch(/There is no file "missing\.aiplan"/);
  });
});

describe('aiplan check output is safe for a terminal', () => {
  it('shows control and bidi characters from the plan as escapes, and the JSON still parses to the real title', async () => {
    const title = 'Chatbot \u001b[2J\u202eevil\u0085';
    const path = examplePlanWith((doc) => {
      doc.applications[0].title = title;
    });
    const text = await aiplan(['check', path]);
    const json = await aiplan(['check', path, '--json']);
    for (const raw of ['\u001b', '\u202e', '\u0085']) {
      expect(text.stdout.includes(raw)).toBe(false);
      expect(json.stdout.includes(raw)).toBe(false);
    }
    expect(text.stdout).toContain('AI application "Chatbot \\u001b[2J\\u202eevil\\u0085" (id id3)');
    expect(JSON.parse(json.stdout).findings[0].item.title).toBe(title);
  });
});
