import { memo, useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dimension, DimensionLevel } from '../../shared/model';
import { setDimensionLevel, setDimensionNote } from '../store/insight-actions';
import { DataClassesSummary, TriageBadge } from '../governance/DimensionsGovernance';
import { selectApplication } from '../store/plan-selectors';
import { plannerStore, usePlanner } from '../store/store';
import { dimensionInfo, levelInfo, LEVEL_SYMBOLS, nextLevel } from './dimension-labels';
import { useT } from '../i18n/use-t';
import { revealSettling, windowItemProps } from '../components/list-window';
import { HeatRows } from './HeatRows';
import '../styles/insight.css';
import { touchesPersonalData } from '../../shared/governance/data-classes';

interface CellRef {
  applicationId: string;
  dimension: Dimension;
}

const selectApplicationIds = (s: { plan: { applications: { id: string }[] } | null }) => s.plan?.applications.map((a) => a.id) ?? [];

const HeatRow = memo(function HeatRow({ id, onEdit, editing }: { id: string; onEdit: (cell: CellRef) => void; editing: Dimension | null }) {
  const app = usePlanner((s) => selectApplication(id)(s));
  const objective = usePlanner((s) => (app?.objectiveId ? s.plan?.objectives.find((o) => o.id === app.objectiveId)?.title : null));
  const selected = usePlanner((s) => s.selection?.kind === 'application' && s.selection.id === id);
  const ref = useRef<HTMLTableRowElement>(null);
  const t = useT();
  useEffect(() => (selected ? revealSettling(ref.current) : undefined), [selected]);
  if (!app) return null;
  const title = app.title.trim() || t('domain.untitled.application');
  const addressed = dimensionInfo(t).filter((d) => app.dimensions[d.id].level === 'addressed').length;
  return (
    <tr ref={ref} className="heat-row" data-item-kind="application" data-item-id={id} data-selected={selected || undefined} tabIndex={-1} {...windowItemProps(id)}>
      <th scope="row" className="heat-row__head">
        <button type="button" className="heat-row__title" onClick={() => plannerStore.getState().select({ kind: 'application', id })}>
          {title}
        </button>
        <span className="heat-row__objective">{objective ?? t('dimensions.noObjective')}</span>
      </th>
      {dimensionInfo(t).map((d) => {
        const { level, note } = app.dimensions[d.id];
        const info = levelInfo(level, t);
        const warn = d.id === 'ethical' && touchesPersonalData(app) && level !== 'addressed';
        return (
          <td key={d.id} className={`heat-cell heat-cell--${level}${editing === d.id ? ' heat-cell--editing' : ''}${warn ? ' heat-cell--warn' : ''}`}>
            <button
              type="button"
              className="heat-cell__button"
              data-testid="heat-cell"
              data-dimension={d.id}
              data-level={level}
              aria-label={t('dimensions.cell.label', { title, dimension: d.label, level: info.label, hasNote: note ? 'yes' : 'no', note })}
              title={note || t('dimensions.cell.title', { question: d.question })}
              onClick={() => {
                setDimensionLevel(id, d.id, nextLevel(level));
                onEdit({ applicationId: id, dimension: d.id });
              }}
            >
              <span className="heat-cell__symbol" aria-hidden="true">
                {info.symbol}
              </span>
              <span className="heat-cell__label">{info.label}</span>
              {note && (
                <span className="heat-cell__note-mark" aria-hidden="true">
                  ✎
                </span>
              )}
            </button>
            {d.id === 'ethical' && <TriageBadge applicationId={id} />}
          </td>
        );
      })}
      <td className="heat-row__data">
        <DataClassesSummary applicationId={id} />
      </td>
      <td className="heat-row__total" data-testid="addressed-count">
        {addressed}/6
      </td>
    </tr>
  );
});

/** The level and note of one cell, edited below the map. */
function CellEditor({ cell, onClose }: { cell: CellRef; onClose: () => void }) {
  const app = usePlanner((s) => selectApplication(cell.applicationId)(s));
  const noteId = useId();
  const t = useT();
  if (!app) return null;
  const info = dimensionInfo(t).find((d) => d.id === cell.dimension)!;
  const { level, note } = app.dimensions[cell.dimension];
  return (
    <section className="heat-editor" aria-label={t('dimensions.editor.label')} data-testid="heat-editor">
      <h3 className="heat-editor__title">
        {info.label} — {app.title.trim() || t('domain.untitled.application')}
      </h3>
      <p className="heat-editor__question">{info.question}</p>
      <fieldset className="heat-editor__levels">
        <legend className="visually-hidden">{t('dimensions.editor.level')}</legend>
        {(Object.keys(LEVEL_SYMBOLS) as DimensionLevel[]).map((l) => (
          <label key={l} className={`answer heat-editor__level heat-cell--${l}`}>
            <input type="radio" name="heat-level" checked={level === l} onChange={() => setDimensionLevel(cell.applicationId, cell.dimension, l)} />
            <span aria-hidden="true">{LEVEL_SYMBOLS[l]}</span> {levelInfo(l, t).label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={noteId} className="plan-field__label">
        {t('dimensions.editor.note')}
      </label>
      <textarea
        id={noteId}
        className="plan-field__input"
        rows={2}
        value={note}
        maxLength={10_000}
        placeholder={t('dimensions.editor.notePlaceholder')}
        onChange={(e) => setDimensionNote(cell.applicationId, cell.dimension, e.target.value)}
      />
      <button type="button" className="button heat-editor__close" onClick={onClose}>
        {t('dimensions.editor.done')}
      </button>
    </section>
  );
}

/** Applications × the six alignment dimensions; click a cell to step its level and edit its note. */
export function DimensionsView() {
  const ids = usePlanner(useShallow(selectApplicationIds));
  const [editing, setEditing] = useState<CellRef | null>(null);
  const t = useT();
  return (
    <div className="dimensions insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('dimensions.title')}</h2>
          <p className="insight-page__lead">{t('dimensions.lead')}</p>
        </div>
        <p className="heat-legend" aria-label={t('dimensions.legend')}>
          {(Object.keys(LEVEL_SYMBOLS) as DimensionLevel[]).map((l) => (
            <span key={l} className={`heat-legend__item heat-cell--${l}`}>
              <span aria-hidden="true">{LEVEL_SYMBOLS[l]}</span> {levelInfo(l, t).label}
            </span>
          ))}
        </p>
      </header>
      {ids.length === 0 ? (
        <p className="findings__none">{t('dimensions.empty')}</p>
      ) : (
        <div className="heat-wrap">
          <table className="heat-map" data-testid="heat-map">
            <thead>
              <tr>
                <th scope="col" className="heat-map__corner">
                  {t('dimensions.column.application')}
                </th>
                {dimensionInfo(t).map((d) => (
                  <th key={d.id} scope="col" title={d.question}>
                    {d.label}
                  </th>
                ))}
                <th scope="col" title={t('dimensions.column.personalData.title')}>
                  {t('dimensions.column.personalData')}
                </th>
                <th scope="col">{t('dimensions.column.addressed')}</th>
              </tr>
            </thead>
            <HeatRows
              ids={ids}
              columns={dimensionInfo(t).length + 3}
              renderRow={(id) => <HeatRow key={id} id={id} onEdit={setEditing} editing={editing?.applicationId === id ? editing.dimension : null} />}
            />
          </table>
        </div>
      )}
      {editing && <CellEditor cell={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
