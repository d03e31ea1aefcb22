import { AlertDialog } from '../components/AlertDialog';
import { savePlanAs } from '../file/file-actions';
import { plannerStore, usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';

/** Shows the store's current error message, if any. */
export function AlertHost() {
  const alert = usePlanner((s) => s.alert);
  const t = useT();
  if (!alert) return null;
  const { offer, ...shown } = alert;
  const dismiss = () => plannerStore.getState().dismissAlert();
  const action =
    offer === 'save-as'
      ? {
          label: t('app.alert.saveAs'),
          run: () => {
            dismiss();
            void savePlanAs();
          },
        }
      : undefined;
  return <AlertDialog {...shown} action={action} onClose={dismiss} />;
}
