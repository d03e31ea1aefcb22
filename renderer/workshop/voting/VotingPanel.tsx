import { Ballot } from './Ballot';
import { Participants } from './Participants';
import { Results } from './Results';
import { VotingOptions } from './VotingOptions';
import './voting.css';

/** The room's vote (#17 §3): who is in the room and how they vote beside the ballot and the results. */
export function VotingPanel() {
  return (
    <div className="voting-panel" data-testid="voting-panel">
      <div className="voting-panel__setup">
        <Participants />
        <VotingOptions />
      </div>
      <div className="voting-panel__main">
        <Ballot />
        <Results />
      </div>
    </div>
  );
}
