import '../styles/details.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ItemRef } from '../../shared/model';
import type { MatrixKind } from '../../shared/operations/matrix-drop';
import { EditableText } from '../components/EditableText';
import { requestDelete } from '../board/delete-flow';
import { DeleteConfirm } from '../board/DeleteConfirm';
import { kindLabel, unalignedIdeasTitle } from '../../shared/labels';
import { indexPlan } from '../../shared/plan-index';
import { editObjective, editPillar } from '../store/board-actions';
import { renameApplication, renameKpi, renameObjective, renamePillar } from '../store/plan-actions';
import { plannerStore, usePlanner } from '../store/store';
import { ApplicationDetails } from './ApplicationDetails';
import { TextField } from './fields';
import { KpiDetails } from './KpiDetails';
import { usePointerAtRest } from './pointer-rest';
import { isTextField } from '../commands/text-field';
import type { MessageKey } from '../../shared/i18n/translator';
import { useT } from '../i18n/use-t';

const MATRIX_KINDS: readonly string[] = ['pillar', 'objective', 'application', 'kpi'];

/** The right-hand panel for the selected matrix item, and the delete confirmation it and the board share. */
export function DetailPanel() {
  return (
    <>
      <SelectedItemPanel />
      <DeleteConfirm />
    </>
  );
}

function SelectedItemPanel() {
  const selection = usePlanner((s) => s.selection);
  const exists = usePlanner((s) => (s.plan && selection ? itemTitle(s.plan, selection) !== null : false));
  const wanted = selection !== null && MATRIX_KINDS.includes(selection.kind) && exists;
  // A shut panel opens only with the pointer at rest (pointer-rest.ts); an open one just changes content.
  const atRest = usePointerAtRest();
  const [open, setOpen] = useState(false);
  if (open !== wanted && (!wanted || atRest)) setOpen(wanted);
  useEffect(() => {
    if (open) keepSelectionInSight();
  }, [open]);
  // Says on the root that the panel is about to open, so the layout is not yet final: anything that
  // measures the view (tests, the bench) waits for it to clear.
  const opening = wanted && !open;
  useEffect(() => {
    document.documentElement.toggleAttribute('data-detail-opening', opening);
    return () => document.documentElement.removeAttribute('data-detail-opening');
  }, [opening]);
  if (!open || !wanted || !selection) return null;
  return <DetailPanelFor key={`${selection.kind}:${selection.id}`} item={selection as { kind: MatrixKind; id: string }} />;
}

/**
 * The panel opening narrows the view: the selected item, which the view had scrolled into sight,
 * may now be past its right edge. Brings it back once the view has reflowed.
 */
function keepSelectionInSight(): void {
  requestAnimationFrame(() => {
    const selection = plannerStore.getState().selection;
    const view = document.querySelector('main.view');
    if (!selection || !view) return;
    const item = view.querySelector(`[data-item-kind="${selection.kind}"][data-item-id="${CSS.escape(selection.id)}"]`) ?? view.querySelector('[data-selected]');
    item?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/**
 * Escape closes the panel wherever focus is, except under a dialog, in a dropdown or in a text field
 * of the view (the board's find field: its own Escape comes first); a field that handled Escape
 * (cancelling its edit) has already stopped it.
 */
function useEscapeCloses(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
      const active = document.activeElement;
      if (active instanceof HTMLSelectElement) return;
      if (isTextField(active) && !panel.current?.contains(active)) return;
      event.preventDefault();
      plannerStore.getState().select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [panel]);
}

function itemTitle(plan: NonNullable<ReturnType<typeof plannerStore.getState>['plan']>, item: ItemRef): string | null {
  const index = indexPlan(plan);
  if (item.kind === 'pillar') return index.pillars.get(item.id)?.title ?? null;
  if (item.kind === 'objective') return index.objectives.get(item.id)?.title ?? null;
  if (item.kind === 'application') return index.applications.get(item.id)?.title ?? null;
  if (item.kind === 'kpi') return index.kpis.get(item.id)?.name ?? null;
  return null;
}

function pathOf(plan: NonNullable<ReturnType<typeof plannerStore.getState>['plan']>, item: { kind: MatrixKind; id: string }): string[] {
  const index = indexPlan(plan);
  const path: string[] = [];
  const applicationId = item.kind === 'kpi' ? index.kpis.get(item.id)?.applicationId : item.kind === 'application' ? item.id : undefined;
  let objectiveId = item.kind === 'objective' ? item.id : undefined;
  if (applicationId) {
    if (item.kind === 'kpi') path.unshift(index.applications.get(applicationId)?.title ?? '');
    objectiveId = index.applications.get(applicationId)?.objectiveId ?? undefined;
    if (!objectiveId) path.unshift(unalignedIdeasTitle());
  }
  if (objectiveId) {
    const objective = index.objectives.get(objectiveId);
    if (item.kind !== 'objective') path.unshift(objective?.title ?? '');
    if (objective) path.unshift(index.pillars.get(objective.pillarId)?.title ?? '');
  }
  return path;
}

const RENAME: Record<MatrixKind, (id: string, title: string) => unknown> = {
  pillar: renamePillar,
  objective: renameObjective,
  application: renameApplication,
  kpi: renameKpi,
};

/** What the panel's title field is called for each kind: a KPI has a name, the others a title. */
const TITLE_FIELD_KEYS: Record<MatrixKind, MessageKey> = {
  pillar: 'details.title.pillar',
  objective: 'details.title.objective',
  application: 'details.title.application',
  kpi: 'details.title.kpi',
};

function DetailPanelFor({ item }: { item: { kind: MatrixKind; id: string } }) {
  const title = usePlanner((s) => (s.plan ? (itemTitle(s.plan, item) ?? '') : ''));
  const path = usePlanner((s) => (s.plan ? pathOf(s.plan, item).join(' › ') : ''));
  const t = useT();
  const label = kindLabel(item.kind, t);
  const ref = useRef<HTMLElement>(null);
  useEscapeCloses(ref);
  return (
    <aside ref={ref} className="detail-panel" aria-label={t('details.label', { kind: item.kind, title })} data-testid="detail-panel">
      <header className="detail-panel__head">
        <div className="detail-panel__top">
          <span className={`detail-panel__kind detail-panel__kind--${item.kind}`}>{label}</span>
          <button type="button" className="detail-panel__close" aria-label={t('details.close')} title={t('details.close.title')} onClick={() => plannerStore.getState().select(null)}>
            ×
          </button>
        </div>
        <EditableText as="h2" className="detail-panel__title" label={t(TITLE_FIELD_KEYS[item.kind])} value={title} onCommit={(v) => RENAME[item.kind](item.id, v)} />
        {path && <p className="detail-panel__path">{path}</p>}
      </header>
      <div className="detail-panel__body">
        {item.kind === 'application' && <ApplicationDetails id={item.id} />}
        {item.kind === 'kpi' && <KpiDetails id={item.id} />}
        {(item.kind === 'pillar' || item.kind === 'objective') && <DescriptionOnly item={{ kind: item.kind, id: item.id }} />}
        <div className="detail-panel__danger">
          <button type="button" className="button button--danger-outline" onClick={() => requestDelete(item)}>
            {t('details.delete', { kind: item.kind })}
          </button>
        </div>
      </div>
    </aside>
  );
}

function DescriptionOnly({ item }: { item: { kind: 'pillar' | 'objective'; id: string } }) {
  const description = usePlanner((s) => {
    if (!s.plan) return '';
    const index = indexPlan(s.plan);
    return (item.kind === 'pillar' ? index.pillars.get(item.id)?.description : index.objectives.get(item.id)?.description) ?? '';
  });
  const t = useT();
  return (
    <TextField
      label={t('details.description')}
      multiline
      value={description}
      onChange={(v) => (item.kind === 'pillar' ? editPillar(item.id, { description: v }, true) : editObjective(item.id, { description: v }, true))}
    />
  );
}
