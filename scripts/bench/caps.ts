import { loadPlanFromText, serialisePlan } from '../../shared/plan-load';
import { findDependencyCycle } from '../../shared/plan-integrity';
import { PLAN_CAPS } from '../../shared/schema/plan-schema';
import { planAtCaps, plansAtEachCap, withDependencies } from './cap-plans';
import { generatePlan } from '../../tests/fixtures/generate-plan';
import { compare, ms, ratio } from './measure';

/*
 * Validating plans at the schema's caps (PLAN_CAPS), and one with 20,000 dependencies, against a
 * plain JSON.parse of the same text (target ≤ 3×). Validate = loadPlanFromText: depth and key scan,
 * parse, key guard, cap count, schema, references and the dependency-cycle search.
 */
export async function run(): Promise<void> {
  const cases = [...plansAtEachCap().map(({ list, plan }) => ({ label: `${list} at the cap (${PLAN_CAPS[list].toLocaleString('en')})`, plan })), { label: 'every cap at once', plan: planAtCaps() }];
  for (const { label, plan } of cases) await printValidate(label, serialisePlan(plan), true);

  // More dependencies than the cap: refused as too-many-items, which must come before the costly checks.
  const applications = generatePlan({ pillars: 10, objectivesPerPillar: 10, applicationsPerObjective: PLAN_CAPS.applications / 100, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
  const twentyThousand = withDependencies(applications, 20_000);
  await printValidate('20,000 dependencies (refused: over the cap)', serialisePlan(twentyThousand), false);

  // The cycle search alone, far past the cap (it runs on open, save and every recovery write).
  for (const count of [20_000, 40_000]) {
    const plan = withDependencies(applications, count);
    const { subject } = await compare(() => findDependencyCycle(plan), () => undefined, { repetitions: 9, warmUp: 2 });
    console.log(`  cycle search alone, ${count.toLocaleString('en')} dependencies: ${ms(subject)}`);
  }
}

async function printValidate(label: string, text: string, expectOpen: boolean): Promise<void> {
  const result = loadPlanFromText(text);
  if (result.ok !== expectOpen) throw new Error(`${label}: expected ${expectOpen ? 'to open' : 'a refusal'}, got ${JSON.stringify(result.ok ? 'opened' : result.error)}`);
  const { subject, baseline, ratio: r } = await compare(() => loadPlanFromText(text), () => JSON.parse(text), { repetitions: 9, warmUp: 2 });
  console.log(`validate, ${label} / JSON.parse: ${ratio(r)} (target ≤ 3×)   [${ms(subject)} vs ${ms(baseline)}, ${(text.length / 1024 / 1024).toFixed(1)} MB]`);
}
