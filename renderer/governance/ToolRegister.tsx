import { memo, useEffect, useId, useRef, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DATA_CLASSES, TOOL_STATUSES } from '../../shared/schema/governance-schema';
import { dataClassLabel, toolStatusLabel } from '../../shared/governance/governance-labels';
import type { DataClass, ToolStatus } from '../../shared/model';
import { useT } from '../i18n/use-t';
import { addTool, editTool, removeTool } from '../store/governance-actions';
import { usePlanner } from '../store/store';
import { governanceUiStore, useGovernanceUi } from './governance-ui-store';

const selectToolIds = (s: { plan: { governance: { tools: { id: string }[] } } | null }) => s.plan?.governance.tools.map((tool) => tool.id) ?? [];

function ToolField({ label, children, size }: { label: string; children: (id: string) => ReactNode; size?: 'wide' | 'name' }) {
  const id = useId();
  return (
    <div className={`tool-field${size ? ` tool-field--${size}` : ''}`}>
      <label htmlFor={id} className="tool-field__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

const ToolCard = memo(function ToolCard({ id }: { id: string }) {
  const tool = usePlanner((s) => s.plan?.governance.tools.find((x) => x.id === id));
  const usedBy = usePlanner((s) => s.plan?.applications.filter((a) => a.governance.toolIds.includes(id)).length ?? 0);
  const focusNew = useGovernanceUi((s) => s.newToolId === id);
  const nameRef = useRef<HTMLInputElement>(null);
  const t = useT();
  useEffect(() => {
    if (!focusNew) return;
    nameRef.current?.focus();
    nameRef.current?.select();
    governanceUiStore.getState().setNewToolId(null);
  }, [focusNew]);
  if (!tool) return null;
  const name = tool.name.trim() || t('governanceUi.tools.unnamed');
  const toggleClass = (dataClass: DataClass, on: boolean) =>
    editTool(id, { dataClasses: DATA_CLASSES.filter((c) => (c === dataClass ? on : tool.dataClasses.includes(c))) });
  return (
    <li className={`tool-card tool-card--${tool.status}`} data-item-kind="tool" data-item-id={id} data-status={tool.status} tabIndex={-1}>
      <div role="group" aria-label={t('governanceUi.tools.card', { name })} className="tool-card__group">
        <div className="tool-card__fields">
          <ToolField label={t('governanceUi.tools.name')} size="name">
            {(fieldId) => <input ref={nameRef} id={fieldId} className="tool-field__input tool-field__input--name" value={tool.name} maxLength={500} onChange={(e) => editTool(id, { name: e.target.value }, true)} />}
          </ToolField>
          <ToolField label={t('governanceUi.tools.vendor')} size="name">
            {(fieldId) => <input id={fieldId} className="tool-field__input" value={tool.vendor} maxLength={500} onChange={(e) => editTool(id, { vendor: e.target.value }, true)} />}
          </ToolField>
          <ToolField label={t('governanceUi.tools.owner')}>
            {(fieldId) => <input id={fieldId} className="tool-field__input" value={tool.owner} maxLength={500} onChange={(e) => editTool(id, { owner: e.target.value }, true)} />}
          </ToolField>
          <ToolField label={t('governanceUi.tools.status')}>
            {(fieldId) => (
              <select id={fieldId} className={`tool-field__input tool-status tool-status--${tool.status}`} value={tool.status} onChange={(e) => editTool(id, { status: e.target.value as ToolStatus })}>
                {TOOL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {toolStatusLabel(s, t)}
                  </option>
                ))}
              </select>
            )}
          </ToolField>
          <ToolField label={t('governanceUi.tools.reviewDate')}>
            {(fieldId) => (
              <input
                id={fieldId}
                type="date"
                className="tool-field__input"
                value={tool.reviewDate ?? ''}
                onChange={(e) => editTool(id, { reviewDate: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null })}
              />
            )}
          </ToolField>
        </div>
        <fieldset className="tool-card__classes">
          <legend className="tool-field__label">{t('governanceUi.tools.dataClasses')}</legend>
          {DATA_CLASSES.map((c) => (
            <label key={c} className="check-chip">
              <input type="checkbox" checked={tool.dataClasses.includes(c)} onChange={(e) => toggleClass(c, e.target.checked)} />
              <span>{dataClassLabel(c, t)}</span>
            </label>
          ))}
        </fieldset>
        <div className="tool-card__foot">
          <ToolField label={t('governanceUi.tools.notes')} size="wide">
            {(fieldId) => <input id={fieldId} className="tool-field__input" value={tool.notes} maxLength={10_000} onChange={(e) => editTool(id, { notes: e.target.value }, true)} />}
          </ToolField>
          <p className="tool-card__used">{t('governanceUi.tools.usedBy', { count: usedBy })}</p>
          <button type="button" className="button button--danger-outline tool-card__remove" onClick={() => removeTool(id, name)} aria-label={t('governanceUi.tools.remove.label', { name })}>
            {t('governanceUi.tools.remove')}
          </button>
        </div>
      </div>
    </li>
  );
});

/** The approved tools register: each tool, who owns it, whether it is approved and which data it may receive. */
export function ToolRegister() {
  const ids = usePlanner(useShallow(selectToolIds));
  const t = useT();
  return (
    <section className="governance-block governance-block--wide" aria-labelledby="governance-tools-title" data-testid="tool-register">
      <div className="governance-block__head">
        <h3 id="governance-tools-title" className="insight-page__subtitle">
          {t('governanceUi.tools.title')}
        </h3>
        <button
          type="button"
          className="button"
          onClick={() => {
            const id = addTool();
            if (id) governanceUiStore.getState().setNewToolId(id);
          }}
        >
          {t('governanceUi.tools.add')}
        </button>
      </div>
      <p className="governance-block__hint">{t('governanceUi.tools.hint')}</p>
      {ids.length === 0 ? (
        <p className="governance-empty">{t('governanceUi.tools.empty')}</p>
      ) : (
        <ul className="tool-register">
          {ids.map((id) => (
            <ToolCard key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}
