import type { ComponentType } from 'react';
import type { MessageKey } from '../../shared/i18n/translator';
import { KpiCheckinsSection } from '../kpi-checkins/KpiCheckinsSection';
import { DependencySection } from '../roadmap/DependencySection';
import { GovernanceSection } from '../governance/GovernanceSection';
import { KpiValueSection } from '../value/KpiValueSection';
import { ValueSection } from '../value/ValueSection';

/**
 * Extension points of the detail panel: features append a section with one line, so the board's
 * details, the roadmap's dependencies and the KPI check-ins do not have to edit one component.
 */
export interface DetailSection {
  id: string;
  /** The section's heading: a catalogue key, read when shown. */
  titleKey: MessageKey;
  /** Receives the selected item's id. */
  Component: ComponentType<{ id: string }>;
}

export const APPLICATION_SECTIONS: DetailSection[] = [];
export const KPI_SECTIONS: DetailSection[] = [];

APPLICATION_SECTIONS.push({ id: 'value', titleKey: 'valueUi.section.title', Component: ValueSection });
APPLICATION_SECTIONS.push({ id: 'dependencies', titleKey: 'details.section.dependencies', Component: DependencySection });
APPLICATION_SECTIONS.push({ id: 'governance', titleKey: 'governanceUi.section.title', Component: GovernanceSection });
KPI_SECTIONS.push({ id: 'kpi-value', titleKey: 'valueUi.kpi.title', Component: KpiValueSection });
KPI_SECTIONS.push({ id: 'kpi-checkins', titleKey: 'details.section.checkins', Component: KpiCheckinsSection });
