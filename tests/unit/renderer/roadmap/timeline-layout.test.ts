import { describe, expect, it } from 'vitest';
import { addApplication, addObjective, addPillar } from '../../../../shared/operations/matrix';
import { defaultPhases } from '../../../../shared/roadmap/phases';
import { scheduleApplication, unscheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { stackLabels } from '../../../../shared/roadmap/label-rows';
import { monthIndex } from '../../../../shared/roadmap/months';
import {
  arrowPath,
  barGeometry,
  clampToHorizon,
  LABEL_WIDTH,
  LANE_PADDING,
  lanesLayout,
  milestoneLabelSpan,
  MILESTONE_LABEL_GAP,
  monthOffsetAt,
  monthWidthFor,
  MONTH_ZOOM_WIDTH,
  ROW_HEIGHT,
  rowGeometry,
  SLOT_HEIGHT,
} from '../../../../renderer/roadmap/timeline-layout';
import { examplePlan } from '../fixtures';

describe('timeline geometry', () => {
  it('fits a 24-month horizon into a 1280-pixel window at quarter zoom, and uses wide months at month zoom', () => {
    // 1280 minus the 232-px sidebar and a scrollbar leaves about 1030 px for labels and months.
    const width = monthWidthFor('quarter', 24, 1030);
    expect(LABEL_WIDTH + 24 * width).toBeLessThanOrEqual(1030);
    expect(width).toBeGreaterThanOrEqual(30);
    expect(monthWidthFor('month', 24, 1030)).toBe(MONTH_ZOOM_WIDTH);
  });

  it('snaps a pointer to the month under it, and clamps months into the horizon', () => {
    expect(monthOffsetAt(0, 40)).toBe(0);
    expect(monthOffsetAt(39.9, 40)).toBe(0);
    expect(monthOffsetAt(40, 40)).toBe(1);
    expect(monthOffsetAt(-1, 40)).toBe(-1);
    expect(clampToHorizon(5, 10, 12)).toBe(10);
    expect(clampToHorizon(30, 10, 12)).toBe(21);
    expect(clampToHorizon(15, 10, 12)).toBe(15);
  });

  it('lays phases out back to back from the bar’s start, relative to the horizon', () => {
    const g = barGeometry(defaultPhases('2027-03'), monthIndex('2027-01'), 10);
    expect(g.left).toBe(20);
    expect(g.width).toBe(100);
    expect(g.phases.map((p) => [p.kind, p.left, p.width])).toEqual([
      ['pilot', 0, 30],
      ['refine', 30, 20],
      ['standardise', 50, 20],
      ['scale', 70, 30],
    ]);
  });
});

describe('swimlanes', () => {
  it('has one lane per pillar in matrix order, one row per scheduled application, and a drop slot', () => {
    const plan = examplePlan();
    const layout = lanesLayout(plan);
    expect(layout.lanes.map((l) => l.title)).toEqual(plan.pillars.map((p) => p.title));
    expect(layout.lanes.map((l) => l.rows.length)).toEqual([1, 1, 1, 1]);
    const first = layout.lanes[0]!;
    expect(first.rows[0]!.top).toBe(LANE_PADDING);
    expect(first.height).toBe(LANE_PADDING + ROW_HEIGHT + SLOT_HEIGHT + LANE_PADDING);
    expect(layout.lanes[1]!.top).toBe(first.height);
    expect(layout.height).toBe(4 * first.height);
  });

  it('keeps an unscheduled application out of the rows but knows its lane', () => {
    const plan = examplePlan();
    const app = plan.applications[2]!;
    const layout = lanesLayout(unscheduleApplication(plan, app.id));
    const lane = layout.lanes.find((l) => l.pillarId === layout.laneOf.get(app.id))!;
    expect(lane.rows).toEqual([]);
    expect(layout.rowTop.has(app.id)).toBe(false);
    expect(lane.height).toBe(LANE_PADDING + SLOT_HEIGHT + LANE_PADDING);
  });

  it('adds a lane for applications not yet aligned to an objective, after the pillars', () => {
    let plan = addApplication(examplePlan(), { id: 'idea', objectiveId: null, title: 'Idea' });
    plan = scheduleApplication(plan, 'idea', plan.meta.horizonStart);
    const layout = lanesLayout(plan);
    expect(layout.lanes.at(-1)!.title).toBe('Not yet aligned');
    expect(layout.lanes.at(-1)!.pillarId).toBeNull();
    expect(layout.laneOf.get('idea')).toBeNull();
    expect(layout.lanes.at(-1)!.rows.map((r) => r.applicationId)).toEqual(['idea']);
  });

  it('orders rows within a lane by the matrix: objective order, then application order', () => {
    let plan = addPillar(examplePlan(), { id: 'P', title: 'People' });
    plan = addObjective(plan, { id: 'O1', pillarId: 'P', title: 'First' });
    plan = addObjective(plan, { id: 'O2', pillarId: 'P', title: 'Second' });
    plan = addApplication(plan, { id: 'b', objectiveId: 'O2', title: 'B' });
    plan = addApplication(plan, { id: 'a', objectiveId: 'O1', title: 'A' });
    plan = scheduleApplication(scheduleApplication(plan, 'b', '2027-01'), 'a', '2027-05');
    const lane = lanesLayout(plan).lanes.find((l) => l.pillarId === 'P')!;
    expect(lane.rows.map((r) => r.applicationId)).toEqual(['a', 'b']);
  });
});

describe('milestone labels', () => {
  it('stacks titles that would overlap onto further rows, and reuses a row once it is free', () => {
    const rows = stackLabels(
      [
        { x: 0, title: 'AI lead nominated' },
        { x: 30, title: 'Processes and data audited' },
        { x: 60, title: 'AI policy approved' },
        { x: 600, title: 'Quarterly review' },
      ].map((m) => milestoneLabelSpan(m.x, m.title, 13)),
      MILESTONE_LABEL_GAP,
    );
    expect(rows).toEqual([0, 1, 2, 0]);
  });
});

describe('dependency arrows', () => {
  const g = rowGeometry();
  const row = (n: number) => n * ROW_HEIGHT;
  const mid = (n: number) => row(n) + g.trackMiddle;

  it('goes out of the predecessor’s end at the track’s middle, down, and into the dependent’s start', () => {
    expect(arrowPath({ x1: 100, top1: row(0), x2: 200, top2: row(2) }, [])).toBe(`M 100 ${mid(0)} H 190 V ${mid(2)} H 200`);
  });

  it('keeps its vertical off the title of a bar in a row between, on the side nearest the dependent', () => {
    const titles = [{ top: row(1), left: 150, right: 260 }];
    const path = arrowPath({ x1: 100, top1: row(0), x2: 200, top2: row(2) }, titles);
    expect(path).toBe(`M 100 ${mid(0)} H 140 V ${mid(2)} H 200`);
  });

  it('drops into the gap under a row and runs along it when no place between the bars is free', () => {
    const titles = [{ top: row(1), left: 0, right: 400 }];
    const path = arrowPath({ x1: 100, top1: row(0), x2: 200, top2: row(2) }, titles);
    expect(path).toBe(`M 100 ${mid(0)} H 110 V ${row(0) + g.gapMiddle} H 410 V ${row(1) + g.gapMiddle} H 190 V ${mid(2)} H 200`);
  });

  it('loops round through the gaps between rows when the dependent starts before the predecessor ends', () => {
    const path = arrowPath({ x1: 200, top1: row(0), x2: 100, top2: row(1) }, []);
    expect(path).toBe(`M 200 ${mid(0)} H 210 V ${row(0) + g.gapMiddle} H 90 V ${mid(1)} H 100`);
  });

  it('going up, leaves past the end of its own title when the title is longer than the bar', () => {
    const titles = [{ top: row(2), left: 0, right: 300 }];
    const path = arrowPath({ x1: 100, top1: row(2), x2: 500, top2: row(0) }, titles);
    expect(path).toBe(`M 100 ${mid(2)} H 490 V ${mid(0)} H 500`);
  });

  it('grows every vertical size with the room scale', () => {
    const big = rowGeometry(1.4);
    expect(big.rowHeight).toBeCloseTo(ROW_HEIGHT * 1.4);
    expect(big.trackMiddle).toBeCloseTo(g.trackMiddle * 1.4);
    expect(big.gapMiddle).toBeGreaterThan(big.trackMiddle);
    expect(big.gapMiddle).toBeLessThan(big.rowHeight + big.titleTop);
  });
});

describe('lanes at a larger room size', () => {
  it('gives every row and slot the room scale’s share more height', () => {
    const plan = examplePlan();
    const normal = lanesLayout(plan);
    const large = lanesLayout(plan, 'Unaligned', rowGeometry(1.4));
    expect(large.height).toBeCloseTo(normal.height * 1.4);
  });
});
