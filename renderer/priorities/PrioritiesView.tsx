import { useT } from '../i18n/use-t';
import { PriorityGrid } from './PriorityGrid';
import { StarterPanel } from './StarterPanel';
import { SizeByValueToggle } from './SizeByValueToggle';
import '../styles/insight.css';

/** Which projects to start with: impact × feasibility, with starter advice beside it. */
export function PrioritiesView() {
  const t = useT();
  return (
    <div className="priorities insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('priorities.title')}</h2>
          <p className="insight-page__lead">{t('priorities.lead')}</p>
        </div>
        <SizeByValueToggle />
      </header>
      <div className="priorities__body">
        <PriorityGrid />
        <StarterPanel />
      </div>
    </div>
  );
}
