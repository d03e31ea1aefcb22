import { afterEach, describe, expect, it } from 'vitest';
import { CHECKS, alignmentFindings, checkDescription, checkTitle } from '../../../../shared/checks/alignment-checks';
import { READINESS_GROUPS, READINESS_LABELS, readinessLabel, readinessScore } from '../../../../shared/checks/readiness';
import { starterAdvice, suggestStarters } from '../../../../shared/checks/starters';
import { guidingQuestionText, guidingQuestionTitle } from '../../../../shared/guiding-questions';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';
import { translator } from '../../../../shared/i18n/translator';
import { addApplication, updateApplication, updateKpi } from '../../../../shared/operations/matrix';
import { setPhaseStart } from '../../../../shared/roadmap/schedule-ops';
import { TODAY, emptyPlan, healthyPlan } from './plan-builder';

const de = translator('de');
const vi = translator('vi');

afterEach(() => setActiveLocale('en'));

describe('findings in the language they are asked for', () => {
  it('writes a finding in German when given the German translate function, months included', () => {
    const plan = setPhaseStart(healthyPlan(), 'a1', 'scale', '2027-02');
    const [finding] = alignmentFindings(plan, { today: TODAY }, de).filter((f) => f.checkId === 'scale-before-pilot');
    expect(finding!.message).toBe(
      'Ihre Skalierungsphase beginnt im Feb. 2027, bevor der Pilotbetrieb im März 2027 endet; sie würde also skalieren, bevor der Pilot Ergebnisse gezeigt hat.',
    );
    // The key and the rest of the finding do not depend on the language.
    const [english] = alignmentFindings(plan, { today: TODAY }).filter((f) => f.checkId === 'scale-before-pilot');
    expect({ ...finding, message: '' }).toEqual({ ...english, message: '' });
    expect(english!.message).toContain('Feb 2027');
  });

  it('names an untitled item and counts other places in German and Vietnamese, with their plural rules', () => {
    let plan = updateKpi(healthyPlan(), 'k1', { owner: '' });
    plan = updateKpi(plan, 'k1', { name: '' });
    const [kpi] = alignmentFindings(plan, { today: TODAY }, de).filter((f) => f.checkId === 'kpi-without-owner');
    expect(kpi).toMatchObject({ itemTitle: 'Unbenannter KPI', message: 'Niemand ist für ihn verantwortlich, also misst und berichtet ihn auch niemand.' });

    const twice = addApplication(healthyPlan(), { id: 'a2', objectiveId: 'o1', title: 'RPA for order entry', owner: 'X' });
    const duplicate = alignmentFindings(twice, { today: TODAY }, vi).find((f) => f.checkId === 'duplicate-application');
    expect(duplicate!.message).toBe('Cùng ứng dụng này xuất hiện nhiều lần dưới mục tiêu này: hãy gộp các bản sao lại.');
  });

  it('follows the active language by default, read when the findings are made', () => {
    const plan = updateApplication(healthyPlan(), 'a1', { owner: '' });
    setActiveLocale('de');
    const [finding] = alignmentFindings(plan, { today: TODAY }).filter((f) => f.checkId === 'application-without-owner');
    expect(finding!.message).toBe('Niemand ist für sie verantwortlich, also treibt sie auch niemand voran.');
  });

  it('gives every check a title and a description in each language, and CHECKS reads them in the active one', () => {
    for (const check of CHECKS) {
      for (const t of [de, vi]) {
        expect(checkTitle(check.id, t)).not.toBe(checkTitle(check.id));
        expect(checkDescription(check.id, t)).toMatch(/\.$/);
      }
    }
    expect(CHECKS[0].title).toBe('AI application with no objective');
    setActiveLocale('de');
    expect(CHECKS[0].title).toBe('KI-Anwendung ohne Ziel');
  });
});

describe('starters, readiness and guiding questions in other languages', () => {
  it('writes starter reasons and advice in the given language', () => {
    let plan = updateApplication(healthyPlan(), 'a1', { starter: false });
    plan = addApplication(plan, { id: 'a2', objectiveId: 'o1', title: 'Second', impact: 2, feasibility: 2 });
    expect(starterAdvice(plan, de).message).toBe('Kein Startprojekt ist markiert: Beginnen Sie mit einem oder zwei, etwa „RPA for order entry“.');
    const reasons = suggestStarters(plan, vi).map((c) => c.reason);
    expect(reasons).toEqual([
      'Tác động cao và khả thi (tác động 4/5, khả thi 4/5): một bước đầu tốt.',
      'Tác động và tính khả thi khiêm tốn (tác động 2/5, khả thi 2/5): nên để sau; hãy xác định KPI của nó trước khi bắt đầu.',
    ]);
    expect(starterAdvice(healthyPlan(), de).message).toBe('Ein Startprojekt ist markiert: ein kleiner, gemessener Anfang.');
  });

  it('asks the readiness questions and lists the gaps in the given language', () => {
    expect(readinessLabel('aiLeadNominated', de).question).toBe('Haben wir eine KI-verantwortliche Person benannt?');
    const gaps = readinessScore(emptyPlan(), vi).gaps;
    expect(gaps[0]).toMatchObject({ key: 'vision', label: 'Tầm nhìn và giới hạn', answer: 'empty' });
    expect(READINESS_LABELS.dataCleanup.question).toBe('Do we clean up our data regularly?');
    setActiveLocale('de');
    expect(READINESS_LABELS.dataCleanup.question).toBe('Bereinigen wir unsere Daten regelmäßig?');
    expect(READINESS_GROUPS.map((g) => g.title)).toEqual(['Vision und Verantwortung', 'Kultur', 'Umgang mit Daten', 'Governance', 'Führung']);
  });

  it('asks the guiding questions in English by default and in the given language', () => {
    expect(guidingQuestionTitle('businessGoals')).toBe('Business goals');
    expect(guidingQuestionText('roiMeasurement')).toBe('Which KPIs show success?');
    expect(guidingQuestionText('roiMeasurement', de)).toBe('Welche KPIs zeigen den Erfolg?');
    expect(guidingQuestionTitle('aiContribution', vi)).toBe('Đóng góp của AI');
  });
});
