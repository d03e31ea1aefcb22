import type { KeyboardEvent } from 'react';
import { formatShortcut } from '../commands/shortcuts';
import { plannerStore, usePlanner } from '../store/store';
import { findView, VIEWS } from './views';
import { useT } from '../i18n/use-t';

export const viewTabId = (id: string) => `view-tab-${id}`;
export const VIEW_PANEL_ID = 'view-panel';

/** The view switcher: a tablist with arrow-key navigation (WAI-ARIA tabs, automatic activation). */
export function ViewTabs() {
  const active = usePlanner((s) => findView(s.activeView).id);
  const t = useT();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((v) => v.id === active);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % VIEWS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const view = VIEWS[next]!;
    plannerStore.getState().setActiveView(view.id);
    document.getElementById(viewTabId(view.id))?.focus();
  };

  return (
    <nav className="view-tabs" aria-label={t('app.viewTabs')}>
      <div role="tablist" aria-label={t('app.viewTabs')} className="view-tabs__list" onKeyDown={onKeyDown}>
        {VIEWS.map((view) => {
          const selected = view.id === active;
          return (
            <button
              key={view.id}
              id={viewTabId(view.id)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={VIEW_PANEL_ID}
              tabIndex={selected ? 0 : -1}
              className="view-tabs__tab"
              title={`${t(view.labelKey)} (${formatShortcut(view.shortcut)})`}
              onClick={() => plannerStore.getState().setActiveView(view.id)}
            >
              {t(view.labelKey)}
            </button>
          );
        })}
      </div>
    </nav>
  );
}
