import { AlertDialog } from '../components/AlertDialog';
import { plannerStore, usePlanner } from '../store/store';

/** Shows the store's current error message, if any. */
export function AlertHost() {
  const alert = usePlanner((s) => s.alert);
  if (!alert) return null;
  return <AlertDialog {...alert} onClose={() => plannerStore.getState().dismissAlert()} />;
}
