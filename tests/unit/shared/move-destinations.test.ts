import { describe, expect, it } from 'vitest';
import { applyMove } from '../../../shared/operations/matrix-drop';
import { matrixDestinations, priorityDestinations, roadmapDestinations } from '../../../shared/operations/move-destinations';
import { scheduleApplication, scheduleOf } from '../../../shared/roadmap/schedule-ops';
import { smallMatrixPlan } from './plan-fixtures';
import { translator } from '../../../shared/i18n/translator';

const smallPlan = smallMatrixPlan;

const labels = (groups: { heading: string | null; destinations: { label: string }[] }[]) =>
  groups.map((g) => [g.heading, g.destinations.map((d) => d.label)]);

describe('where "Move to…" may send an item', () => {
  it('offers an application every other objective, grouped by pillar, and the unaligned ideas', () => {
    const groups = matrixDestinations(smallPlan(), { kind: 'application', id: 'A2' });
    expect(labels(groups)).toEqual([
      ['“Pillar 1”', ['“O1b”']],
      ['“Pillar 2”', ['“O2a”']],
      [null, ['Unaligned ideas']],
    ]);
    expect(groups[1]!.destinations[0]!.move).toEqual({ kind: 'application', id: 'A2', parentId: 'O2a', index: 1 });
  });

  it('offers an unaligned idea the objectives but not the tray it is in', () => {
    const groups = matrixDestinations(smallPlan(), { kind: 'application', id: 'A3' });
    expect(groups.flatMap((g) => g.destinations.map((d) => d.key))).toEqual(['objective:O1a', 'objective:O1b', 'objective:O2a']);
  });

  it('offers a KPI the other applications, grouped by objective, unaligned ideas last', () => {
    expect(labels(matrixDestinations(smallPlan(), { kind: 'kpi', id: 'K1' }))).toEqual([
      ['“O1a”', ['“A2”']],
      ['“O2a”', ['“A4”']],
      ['Unaligned ideas', ['“Idea”']],
    ]);
  });

  it('offers an objective the other pillars, and a pillar the other positions', () => {
    expect(labels(matrixDestinations(smallPlan(), { kind: 'objective', id: 'O1a' }))).toEqual([[null, ['“Pillar 2”']]]);
    const pillar = matrixDestinations(smallPlan(), { kind: 'pillar', id: 'P1' });
    expect(labels(pillar)).toEqual([[null, ['After “Pillar 2” (position 2)']]]);
    expect(applyMove(smallPlan(), pillar[0]!.destinations[0]!.move).pillars.map((p) => p.id)).toEqual(['P2', 'P1']);
  });

  it('offers nothing for an item that is not in the plan', () => {
    expect(matrixDestinations(smallPlan(), { kind: 'kpi', id: 'nope' })).toEqual([]);
  });

  it('moves a roadmap bar a month or a quarter either way, naming the new start', () => {
    const plan = scheduleApplication(smallPlan(), 'A1', '2027-03');
    const groups = roadmapDestinations(plan, 'A1');
    expect(groups[0]!.destinations.map((d) => [d.move, d.label])).toEqual([
      [-3, 'A quarter earlier (starts Dec 2026)'],
      [-1, 'A month earlier (starts Feb 2027)'],
      [1, 'A month later (starts Apr 2027)'],
      [3, 'A quarter later (starts Jun 2027)'],
    ]);
    expect(roadmapDestinations(plan, 'A2')).toEqual([]);
    expect(scheduleOf(plan, 'A1')).toBeDefined();
  });

  it('offers a 2×2 card the other impact and feasibility values, one score at a time', () => {
    const plan = smallPlan();
    const app = plan.applications.find((a) => a.id === 'A1')!;
    const [impact, feasibility] = priorityDestinations(plan, 'A1');
    expect(impact!.destinations.map((d) => d.move.impact)).toEqual([5, 4, 3, 2, 1].filter((v) => v !== app.impact));
    expect(impact!.destinations.every((d) => d.move.feasibility === app.feasibility)).toBe(true);
    expect(feasibility!.destinations.map((d) => d.move.feasibility)).toEqual([5, 4, 3, 2, 1].filter((v) => v !== app.feasibility));
  });
});

describe('"Move to…" in another language', () => {
  it('labels the places in the language it is given', () => {
    const de = translator('de');
    expect(labels(matrixDestinations(smallPlan(), { kind: 'pillar', id: 'P1' }, de))).toEqual([[null, ['Nach „Pillar 2“ (Position 2)']]]);
    const plan = scheduleApplication(smallPlan(), 'A1', '2027-03');
    expect(labels(roadmapDestinations(plan, 'A1', de))[0]![1]).toContain('Einen Monat später (Beginn Apr. 2027)');
    expect(priorityDestinations(plan, 'A1', translator('vi'))[0]!.heading).toBe('Tác động');
  });
});
