import { PriorityGrid } from './PriorityGrid';
import { StarterPanel } from './StarterPanel';
import '../styles/insight.css';

/** Which projects to start with: impact × feasibility, with starter advice beside it. */
export function PrioritiesView() {
  return (
    <div className="priorities insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">Priorities</h2>
          <p className="insight-page__lead">
            Drag a card to set impact and feasibility, or focus it and use the arrow keys. Start with one or two in “Start here”.
          </p>
        </div>
      </header>
      <div className="priorities__body">
        <PriorityGrid />
        <StarterPanel />
      </div>
    </div>
  );
}
