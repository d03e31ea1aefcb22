import { usePlanner } from '../store/store';
import { listHeight, restBlockProps, type RegionKind } from './board-window';
import { boardApplicationIds, boardObjectiveIds, indexPlan } from './plan-index';

const NOUNS: Record<RegionKind, [one: string, many: string]> = {
  pillar: ['objective', 'objectives'],
  objective: ['AI application', 'AI applications'],
};

/**
 * The part of a column's objectives or an objective's cards that a big board has not mounted
 * (board-window.ts): as tall as it is expected to be, saying what it stands for.
 */
export function WindowRest({ kind, id, from, as: Tag }: { kind: RegionKind; id: string; from: number; as: 'li' | 'div' }) {
  const total = usePlanner((s) => (kind === 'pillar' ? boardObjectiveIds(id)(s) : boardApplicationIds(id)(s)).length);
  const height = usePlanner((s) => (s.plan ? listHeight(indexPlan(s.plan), kind, id, from) : 0));
  const count = total - from;
  const [one, many] = NOUNS[kind];
  return (
    <Tag className="window-pending" style={{ blockSize: height }} {...restBlockProps(kind, id)}>
      <p className="board-missing">
        {from > 0 ? `${count} more ${count === 1 ? one : many}` : `${count} ${count === 1 ? one : many}`}
      </p>
    </Tag>
  );
}
