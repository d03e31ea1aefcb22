import { VIEW_CATALOGUE, type ViewId } from '../../shared/commands/command-catalogue';
import { t as activeT } from '../../shared/i18n/active-locale';
import type { Translate } from '../../shared/i18n/translator';
import type { ItemKind } from '../../shared/model';
import type { Finding } from '../../shared/checks/alignment-checks';
import { VIEWS } from '../app/views';
import { plannerStore } from '../store/store';
import { checkOf, viewForCheck } from './findings-selector';
import { revealGovernanceFinding } from '../governance/reveal-governance';
import { revealDecisionFinding } from '../workshop/decisions/reveal-decision';

/** The view a finding's "show" jumps to, among the views this build has. */
export function targetViewOf(finding: Finding): ViewId | null {
  return viewForCheck(checkOf(finding.checkId).view, VIEWS.map((v) => v.id));
}

/** The tab name of a view, in the language of `t`. */
export function viewLabel(id: ViewId | null, t: Translate = activeT): string | null {
  const key = VIEW_CATALOGUE.find((v) => v.id === id)?.labelKey;
  return key ? t(key) : null;
}

/** The element of an item in the active view, by the `data-item-kind`/`data-item-id` convention. */
export function itemElement(kind: string, id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-item-kind="${CSS.escape(kind)}"][data-item-id="${CSS.escape(id)}"]`);
}

const nextFrames = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

/**
 * Selects a finding's item and switches to the view that shows it; once that view has rendered,
 * scrolls the item into view and focuses it (views also scroll their selection into view).
 */
export function revealFinding(finding: Finding): void {
  // Governance findings open where they are fixed: the Governance view and the application's Governance section.
  if (checkOf(finding.checkId).view === 'governance' && targetViewOf(finding) === 'governance') return revealGovernanceFinding(finding);
  // An overdue decision opens the Workshop view's decisions panel at that decision, not its linked item.
  if (finding.checkId === 'decision-overdue' && targetViewOf(finding) === 'workshop') return revealDecisionFinding(finding);
  const state = plannerStore.getState();
  const item = finding.item && finding.item.kind !== 'plan' ? { kind: finding.item.kind as ItemKind, id: finding.item.id } : null;
  if (item) state.select(item);
  const view = targetViewOf(finding);
  if (view) state.setActiveView(view);
  if (!item) return;
  nextFrames(() => {
    const element = itemElement(item.kind, item.id);
    if (!element) return;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (element.tabIndex >= 0 || element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
    // A Value view row is a table row: its title button takes the focus.
    else if (view === 'value') element.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  });
}
