import { useEffect, useState } from 'react';
import type { RecoveryInfo } from '../../shared/ipc-contract';
import { plannerStore, usePlanner } from '../store/store';
import { t } from '../../shared/i18n/active-locale';
import { Autosave } from './autosave';
import { checkOpenFileOnDisk } from './disk-watch';
import { PromptHost } from './PromptHost';
import { RecoveryDialog } from './RecoveryDialog';
import { discardRecoveryCopy, listRecoveryCopies, restoreRecoveryCopy } from './recovery-offer';
import './recovery.css';

/** The app's one autosave: recovery copies of the open plan while it has unsaved changes. */
export const appAutosave = new Autosave({
  store: plannerStore,
  api: {
    writeRecovery: (...args) => window.planner.writeRecovery(...args),
    discardRecovery: (docId) => window.planner.discardRecovery(docId),
  },
  onError: (error) => plannerStore.getState().setStatusMessage(t('status.noRecoveryCopy', { reason: error.message })),
});

/**
 * Autosave, the restore offer at start, and the check for changes on disk when the window regains
 * focus; renders the recovery offer and the questions asked through prompt-store.
 */
export function RecoveryHost() {
  useAutosave();
  const [copies, setCopies] = useState<RecoveryInfo[]>([]);
  const [later, setLater] = useState(false);
  const hasPlan = usePlanner((s) => s.plan !== null);

  useEffect(() => {
    let live = true;
    void listRecoveryCopies().then((found) => live && setCopies(found));
    return () => {
      live = false;
    };
  }, []);

  const forget = (docId: string) => setCopies((all) => all.filter((c) => c.docId !== docId));
  const showOffer = copies.length > 0 && !hasPlan && !later;

  return (
    <>
      {showOffer && (
        <RecoveryDialog
          copies={copies}
          onRestore={(docId) => void restoreRecoveryCopy(appAutosave, docId).then((ok) => ok && forget(docId))}
          onDiscard={(docId) => void discardRecoveryCopy(docId).then((ok) => ok && forget(docId))}
          onLater={() => setLater(true)}
        />
      )}
      <PromptHost />
    </>
  );
}

function useAutosave(): void {
  useEffect(() => {
    const stop = appAutosave.start();
    const flush = () => void appAutosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onFocus = () => void checkOpenFileOnDisk();
    window.addEventListener('blur', flush);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      window.removeEventListener('blur', flush);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
