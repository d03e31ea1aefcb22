import type { ComponentType, KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n/translator';
import { useT } from '../i18n/use-t';
import { AgendaPanel } from './agenda/AgendaPanel';
import { IdeasPanel } from './ideas/IdeasPanel';
import { VotingPanel } from './voting/VotingPanel';
import { DecisionsPanel } from './decisions/DecisionsPanel';
import { WORKSHOP_PANELS, useWorkshopUi, workshopUiStore, type WorkshopPanel } from './workshop-ui-store';
import '../styles/insight.css';
import './workshop.css';

const PANEL_LABELS: Record<WorkshopPanel, MessageKey> = {
  agenda: 'workshop.panel.agenda',
  ideas: 'workshop.panel.ideas',
  voting: 'workshop.panel.voting',
  decisions: 'workshop.panel.decisions',
};

const PANELS: Record<WorkshopPanel, ComponentType> = {
  agenda: AgendaPanel,
  ideas: IdeasPanel,
  voting: VotingPanel,
  decisions: DecisionsPanel,
};

const tabId = (panel: WorkshopPanel) => `workshop-tab-${panel}`;

/** The off-site run in the app (#17): the agenda, ideas and the use-case library, voting, and the parking lot with decisions. */
export function WorkshopView() {
  const t = useT();
  const panel = useWorkshopUi((s) => s.panel);
  const Panel = PANELS[panel];
  // Arrow keys move along the tabs, as the WAI-ARIA tabs pattern has it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const at = WORKSHOP_PANELS.indexOf(panel);
    const next = WORKSHOP_PANELS[(at + (event.key === 'ArrowRight' ? 1 : WORKSHOP_PANELS.length - 1)) % WORKSHOP_PANELS.length]!;
    workshopUiStore.getState().setPanel(next);
    document.getElementById(tabId(next))?.focus();
    event.preventDefault();
  };
  return (
    <div className="workshop insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('workshop.title')}</h2>
          <p className="insight-page__lead">{t('workshop.lead')}</p>
        </div>
      </header>
      <div className="workshop__tabs" role="tablist" aria-label={t('workshop.panels')} onKeyDown={onKeyDown}>
        {WORKSHOP_PANELS.map((p) => (
          <button
            key={p}
            id={tabId(p)}
            type="button"
            role="tab"
            className="workshop__tab"
            aria-selected={p === panel}
            aria-controls="workshop-panel"
            tabIndex={p === panel ? 0 : -1}
            onClick={() => workshopUiStore.getState().setPanel(p)}
          >
            {t(PANEL_LABELS[p])}
          </button>
        ))}
      </div>
      <section id="workshop-panel" className="workshop__panel" role="tabpanel" aria-labelledby={tabId(panel)}>
        <Panel />
      </section>
    </div>
  );
}
