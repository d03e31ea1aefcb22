import { Fragment, memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EditableText } from '../components/EditableText';
import { countOfKind, statusLabel } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { namedItem } from './announcements';
import { addKpi, renameApplication } from '../store/plan-actions';
import { usePlanner } from '../store/store';
import { countCardRender } from './bench-counters';
import { DragHandle } from './DragHandle';
import { MoveButton } from '../move/MoveButton';
import { DropLine, useDimmed, useDropGap, useSelected } from './item-state';
import { KpiItem } from './KpiRow';
import { selectApplication, selectApplicationIdsOfObjective, selectKpiIdsOfApplication } from '../store/plan-selectors';
import { QuickAdd } from './QuickAdd';
import { WindowRest } from './WindowRest';
import { selectOnClick } from './select-on-click';
import { useItemShell } from './use-item-dnd';

export const ApplicationItem = memo(function ApplicationItem({ id }: { id: string }) {
  const dnd = useItemShell('application', id);
  const title = usePlanner((s) => selectApplication(id)(s)?.title ?? '');
  const t = useT();
  const name = namedItem('application', title, t);
  return (
    <li className={`application-item${dnd.isDragging ? ' is-dragging' : ''}`} {...dnd.wrapperProps}>
      <DragHandle {...dnd.handleProps} label={t('board.drag.handle', { item: name })} />
      <MoveButton name={name} />
      <ApplicationBody id={id} />
    </li>
  );
});

interface BodyProps {
  id: string;
  /** The copy in the drag overlay: KPIs as plain text, nothing draggable or editable inside. */
  preview?: boolean;
}

export const ApplicationBody = memo(function ApplicationBody({ id, preview = false }: BodyProps) {
  countCardRender();
  const app = usePlanner(selectApplication(id));
  const selected = useSelected('application', id);
  const dimmed = useDimmed('application', id);
  const t = useT();
  if (!app) return null;
  return (
    <article className="application-card" data-selected={selected || undefined} data-dimmed={dimmed || undefined} onClick={selectOnClick('application', id)}>
      <header className="application-card__head">
        {preview ? (
          <span className="application-card__title">{app.title}</span>
        ) : (
          <EditableText className="application-card__title" label={t('board.application.titleLabel')} value={app.title} onCommit={(title) => renameApplication(id, title)} />
        )}
      </header>
      <p className="application-card__facts">
        <span className={`status status--${app.status}`}>{statusLabel(app.status, t)}</span>
        <span className={app.owner ? 'application-card__owner' : 'application-card__owner application-card__owner--missing'}>
          {app.owner || t('board.application.noOwner')}
        </span>
        <span className="application-card__scores" title={t('board.application.scoresHint')}>
          {t('board.application.scores', { impact: app.impact, feasibility: app.feasibility })}
        </span>
        {app.starter && <span className="badge badge--starter">{t('board.application.starter')}</span>}
      </p>
      {preview ? <KpiPreview applicationId={id} /> : <KpiList applicationId={id} />}
    </article>
  );
});

function KpiPreview({ applicationId }: { applicationId: string }) {
  const count = usePlanner((s) => selectKpiIdsOfApplication(applicationId)(s).length);
  const t = useT();
  return count > 0 ? <p className="board-missing">{countOfKind(count, 'kpi', t)}</p> : null;
}

/** Stop bubbling so that typing a KPI never starts a board shortcut or selects the card. */
const stop = (event: React.SyntheticEvent) => event.stopPropagation();

const KpiList = memo(function KpiList({ applicationId }: { applicationId: string }) {
  const ids = usePlanner(useShallow(selectKpiIdsOfApplication(applicationId)));
  const applicationTitle = usePlanner((s) => selectApplication(applicationId)(s)?.title ?? '');
  const gap = useDropGap('kpi', applicationId, ids);
  const t = useT();
  return (
    <div className="kpi-list">
      {(ids.length > 0 || gap >= 0) && (
        <ul aria-label={t('board.kpi.list')}>
          {ids.map((kpiId, i) => (
            <Fragment key={kpiId}>
              {gap === i && <DropLine />}
              <KpiItem id={kpiId} />
            </Fragment>
          ))}
          {gap === ids.length && <DropLine />}
        </ul>
      )}
      {ids.length === 0 && <p className="board-missing">{t('board.kpi.none')}</p>}
      <div onClick={stop}>
        <QuickAdd
          className="quick-add--kpi"
          label={t('board.kpi.add')}
          name={applicationTitle.trim() ? t('board.kpi.addTo', { title: applicationTitle.trim() }) : t('board.kpi.addToThisOne')}
          fieldLabel={t('board.kpi.newName')}
          placeholder={t('board.kpi.placeholder')}
          onAdd={(name) => addKpi(applicationId, name)}
        />
      </div>
    </div>
  );
});

/**
 * The applications of one objective, or (with `objectiveId` null) the unaligned ideas; on a big
 * board only the first `limit` (board-window.ts).
 */
export const ApplicationList = memo(function ApplicationList({ objectiveId, limit = Infinity }: { objectiveId: string | null; limit?: number }) {
  const ids = usePlanner(useShallow(selectApplicationIdsOfObjective(objectiveId)));
  const gap = useDropGap('application', objectiveId, ids);
  const shown = limit < ids.length ? ids.slice(0, limit) : ids;
  const t = useT();
  return (
    <ul className="application-list" aria-label={t('board.application.list')}>
      {shown.map((appId, i) => (
        <Fragment key={appId}>
          {gap === i && <DropLine />}
          <ApplicationItem id={appId} />
        </Fragment>
      ))}
      {shown !== ids && objectiveId !== null && <WindowRest kind="objective" id={objectiveId} from={shown.length} as="li" />}
      {gap === ids.length && <DropLine />}
    </ul>
  );
});
