import { useMemo, useRef, type ComponentType } from 'react';
import { WINDOWED_FROM } from '../../board/board-window';
import { gapProps, useListWindow } from '../../components/list-window';
import { useT } from '../../i18n/use-t';
import { selectPillar } from '../../store/plan-selectors';
import { usePlanner } from '../../store/store';
import { ballotGroups, type BallotGroup } from './voting-selectors';

/** A row of a ballot: one application, marked with windowItemProps(id) as the list's direct child. */
export type BallotRow = ComponentType<{ id: string; voterId: string }>;

function GroupList({ group, voterId, windowed, Row, kind, estimate }: { group: BallotGroup; voterId: string; windowed: boolean; Row: BallotRow; kind: string; estimate: () => number }) {
  const t = useT();
  const ref = useRef<HTMLUListElement>(null);
  const pillarTitle = usePlanner((s) => (group.pillarId === null ? null : selectPillar(group.pillarId)(s)?.title.trim()));
  const segments = useListWindow(ref, { windowed, ids: group.ids, kind, estimate });
  const name = group.pillarId === null ? t('workshopVoting.ballot.unaligned') : pillarTitle || t('domain.untitled.pillar');
  return (
    <section className="ballot-group" aria-label={name} data-testid="ballot-group">
      <h5 className="ballot-group__title">{name}</h5>
      <ul ref={ref} className="ballot-group__list">
        {segments.map((segment) => (segment.kind === 'item' ? <Row key={segment.id} id={segment.id} voterId={voterId} /> : <li key={segment.key} className="window-gap" {...gapProps(segment)} />))}
      </ul>
    </section>
  );
}

/**
 * The applications a person votes on, under their pillars then the unaligned ideas; from
 * WINDOWED_FROM applications only the rows near the visible part are in the page.
 */
export function BallotGroups({ voterId, Row, kind, rowHeight }: { voterId: string; Row: BallotRow; kind: string; rowHeight: number }) {
  const t = useT();
  const plan = usePlanner((s) => s.plan);
  const groups = plan ? ballotGroups(plan) : [];
  const total = groups.reduce((sum, g) => sum + g.ids.length, 0);
  const estimate = useMemo(() => () => rowHeight, [rowHeight]);
  if (total === 0) return <p className="voting-note">{t('workshopVoting.ballot.noApplications')}</p>;
  return (
    <div className="ballot-groups">
      {groups.map((group) => (
        <GroupList key={group.pillarId ?? 'unaligned'} group={group} voterId={voterId} windowed={total >= WINDOWED_FROM} Row={Row} kind={kind} estimate={estimate} />
      ))}
    </div>
  );
}
