import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { selectApplication } from '../store/plan-selectors';
import { setApplicationScores } from '../store/insight-actions';
import { plannerStore, usePlanner } from '../store/store';
import { scoresAfterKey } from './quadrants';
import { MoveButton } from '../move/MoveButton';
import { revealSettling, windowItemProps } from '../components/list-window';
import { moveMenuHandlers, moveTargetProps } from '../move/open-move-menu';
import { CardNetValue, useCardSize } from './CardNetValue';

/** A card moved with the keyboard lands in another cell (a new element): it takes focus back there. */
let focusAfterMove: string | null = null;

/** What a card shows; also drawn in the drag overlay. */
export function CardFace({ title, impact, feasibility, starter }: { title: string; impact: number; feasibility: number; starter: boolean }) {
  const t = useT();
  return (
    <>
      <span className="prio-card__title">
        {starter && (
          <span className="prio-card__starter" title={t('priorities.card.starter')}>
            <span aria-hidden="true">★ </span>
            <span className="visually-hidden">{t('priorities.card.starterPrefix')}</span>
          </span>
        )}
        {title.trim() || t('domain.untitled.application')}
      </span>
      <span className="prio-card__meta">
        <span className="prio-card__scores" data-testid="card-scores">
          {t('priorities.card.scores', { impact, feasibility })}
        </span>
      </span>
    </>
  );
}

/** An application on the 2×2: drag it, or focus it and use the arrow keys, to set both scores. */
export const PriorityCard = memo(function PriorityCard({ id }: { id: string }) {
  const app = usePlanner((s) => selectApplication(id)(s));
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === id);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id });
  const ref = useRef<HTMLDivElement | null>(null);
  const t = useT();
  const size = useCardSize(id);

  useEffect(() => {
    if (focusAfterMove === id) {
      focusAfterMove = null;
      ref.current?.focus();
    }
  }, [id]);

  useEffect(() => (selected ? revealSettling(ref.current) : undefined), [selected]);

  if (!app) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      plannerStore.getState().select({ kind: 'application', id });
      return;
    }
    const next = scoresAfterKey(event.key, app.impact, app.feasibility);
    if (!next) return;
    event.preventDefault();
    plannerStore.getState().select({ kind: 'application', id });
    if (setApplicationScores(id, next.impact, next.feasibility)) focusAfterMove = id;
  };

  // Named by what it shows (title, impact, feasibility), so speech and sight agree.
  const title = app.title.trim() || t('domain.untitled.application');
  return (
    <>
    <div
      ref={(node) => {
        ref.current = node;
        setNodeRef(node);
      }}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-roledescription={t('priorities.card.roleDescription')}
      aria-description={t('priorities.card.description')}
      title={title}
      className={`prio-card${app.starter ? ' prio-card--starter' : ''}${app.objectiveId === null ? ' prio-card--unaligned' : ''}${app.status === 'retired' ? ' prio-card--retired' : ''}`}
      data-testid="priority-card"
      data-item-kind="application"
      data-item-id={id}
      {...moveTargetProps('priorities')}
      {...moveMenuHandlers()}
      data-impact={app.impact}
      data-feasibility={app.feasibility}
      data-selected={selected || undefined}
      data-dragging={isDragging || undefined}
      data-size={size}
      {...windowItemProps(id)}
      onClick={() => plannerStore.getState().select({ kind: 'application', id })}
      onKeyDown={onKeyDown}
    >
      <CardFace title={app.title} impact={app.impact} feasibility={app.feasibility} starter={app.starter} />
      <CardNetValue id={id} />
    </div>
    {/* Beside the card, not in it: the card is a button itself. */}
    <MoveButton name={t('priorities.card.moveName', { title })} card={ref} />
    </>
  );
});
