import { usePlanner } from '../store/store';
import { listHeight, restBlockProps, type RegionKind } from './board-window';
import { useT } from '../i18n/use-t';
import { countOfKind } from '../../shared/labels';
import type { MessageKey } from '../../shared/i18n/translator';
import { indexPlan } from '../../shared/plan-index';
import { selectApplicationIdsOfObjective, selectObjectiveIdsOfPillar } from '../store/plan-selectors';

/** What the unmounted rest of each region holds. */
const CHILD_KIND: Record<RegionKind, 'objective' | 'application'> = { pillar: 'objective', objective: 'application' };

/** "3 more objectives": the rest after the cards already in the page. */
const MORE_KEYS: Record<RegionKind, MessageKey> = { pillar: 'board.window.moreObjectives', objective: 'board.window.moreApplications' };

/**
 * The part of a column's objectives or an objective's cards that a big board has not mounted
 * (board-window.ts): as tall as it is expected to be, saying what it stands for.
 */
export function WindowRest({ kind, id, from, as: Tag }: { kind: RegionKind; id: string; from: number; as: 'li' | 'div' }) {
  const total = usePlanner((s) => (kind === 'pillar' ? selectObjectiveIdsOfPillar(id)(s) : selectApplicationIdsOfObjective(id)(s)).length);
  const height = usePlanner((s) => (s.plan ? listHeight(indexPlan(s.plan), kind, id, from) : 0));
  const count = total - from;
  const t = useT();
  return (
    <Tag className="window-pending" style={{ blockSize: height }} {...restBlockProps(kind, id)}>
      <p className="board-missing">
        {from > 0 ? t(MORE_KEYS[kind], { count }) : countOfKind(count, CHILD_KIND[kind], t)}
      </p>
    </Tag>
  );
}
