import { usePlanner } from '../store/store';
import { cardsHeight, objectivesHeight, restBlockProps, type RegionKind } from './board-window';
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
  const height = usePlanner((s) => {
    if (!s.plan) return 0;
    const index = indexPlan(s.plan);
    return kind === 'pillar' ? objectivesHeight(index, id, from) : cardsHeight(index, id, from);
  });
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
