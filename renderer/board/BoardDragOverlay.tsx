import { DragOverlay, type DropAnimation } from '@dnd-kit/core';
import { createPortal } from 'react-dom';
import { ApplicationBody } from './ApplicationCard';
import { useDrag } from './drag-store';
import { KpiBody } from './KpiRow';
import { ObjectiveBody } from './ObjectiveCard';
import { PillarHeader } from './PillarColumn';
import { usePlanner } from '../store/store';

// The card lands where the store put it; no fly-back animation that could suggest otherwise.
const DROP_ANIMATION: DropAnimation | null = null;

/** A copy of the dragged card that follows the pointer in a portal, so the board never reflows. */
export function BoardDragOverlay() {
  const active = useDrag((s) => s.active);
  const pillarIndex = usePlanner((s) => (active?.kind === 'pillar' ? (s.plan?.pillars.findIndex((p) => p.id === active.id) ?? 0) : 0));
  return createPortal(
    <DragOverlay dropAnimation={DROP_ANIMATION} className="board-overlay">
      {active?.kind === 'application' && <ApplicationBody id={active.id} preview />}
      {active?.kind === 'kpi' && <KpiBody id={active.id} />}
      {active?.kind === 'objective' && <ObjectiveBody id={active.id} preview />}
      {active?.kind === 'pillar' && (
        <div className="pillar-column pillar-column--overlay">
          <PillarHeader id={active.id} index={pillarIndex} collapsed preview />
        </div>
      )}
    </DragOverlay>,
    document.body,
  );
}
