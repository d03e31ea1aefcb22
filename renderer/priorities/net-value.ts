import type { Plan } from '../../shared/model';
import { planFigures } from '../../shared/value/figures';

/*
 * Cards on the 2×2 sized by net value: the three-year net at the middle estimate, in thirds of the
 * largest. An application with no estimate, or one that does not pay back within three years, keeps
 * the normal size (0); the card says which.
 */

export interface CardValue {
  /** Three-year net value, middle estimate; null when not estimated. */
  net: number | null;
  /** 0 (normal) to 3 (the plan's best returns). */
  size: 0 | 1 | 2 | 3;
}

const NONE: CardValue = { net: null, size: 0 };
const cache = new WeakMap<Plan, ReadonlyMap<string, CardValue>>();

export function cardValuesOf(plan: Plan): ReadonlyMap<string, CardValue> {
  let values = cache.get(plan);
  if (values) return values;
  const figures = planFigures(plan);
  const nets = new Map<string, number | null>();
  let largest = 0;
  for (const app of plan.applications) {
    const f = figures.byApplication.get(app.id);
    const net = f?.threeYears && f.costEstimated && f.benefitEstimated ? f.threeYears.net.mid : null;
    nets.set(app.id, net);
    if (net !== null && net > largest) largest = net;
  }
  const map = new Map<string, CardValue>();
  for (const [id, net] of nets) {
    const share = net !== null && net > 0 ? net / largest : 0;
    map.set(id, { net, size: share >= 2 / 3 ? 3 : share >= 1 / 3 ? 2 : share > 0 ? 1 : 0 });
  }
  values = map;
  cache.set(plan, values);
  return values;
}

export const cardValueOf = (plan: Plan | null, id: string): CardValue => (plan ? (cardValuesOf(plan).get(id) ?? NONE) : NONE);
