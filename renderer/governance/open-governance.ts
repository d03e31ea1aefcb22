import { plannerStore } from '../store/store';
import { governanceUiStore } from './governance-ui-store';

/**
 * Opens an application's Governance section in the detail panel: selects the application and asks
 * the section to bring itself (and the part named by `target`) into sight once it has rendered.
 */
export function openGovernanceSection(applicationId: string, target: 'triage' | 'tools' | 'risks' = 'triage'): void {
  governanceUiStore.getState().requestSection(applicationId, target);
  plannerStore.getState().select({ kind: 'application', id: applicationId });
}
