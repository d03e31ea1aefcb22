import { DecisionList } from './DecisionList';
import { ParkingLot } from './ParkingLot';
import './decisions.css';

/** The workshop's last panel (#17 §4): the parking lot beside the decisions the room takes away. */
export function DecisionsPanel() {
  return (
    <div className="decisions-panel">
      <ParkingLot />
      <DecisionList />
    </div>
  );
}
