import type { DocumentState } from '../../shared/ipc-contract';
import { onLocaleChange } from '../../shared/i18n/active-locale';
import { selectDirty, selectDisplayName } from '../store/selectors';
import type { PlannerStore } from '../store/store';

export function documentStateOf(state: ReturnType<PlannerStore['getState']>): DocumentState {
  return { displayName: selectDisplayName(state), filePath: state.filePath, dirty: selectDirty(state) };
}

export function windowTitle(doc: DocumentState): string {
  return `${doc.displayName}${doc.dirty ? ' •' : ''}`;
}

/**
 * Pushes the file name and dirty state to the main process (window title, close prompt) and into
 * document.title, only when they change (an untitled plan's name changes with the language).
 * Returns the unsubscribe function.
 */
export function startDocumentSync(
  store: PlannerStore,
  push: (state: DocumentState) => void,
  setTitle: (title: string) => void = (title) => {
    document.title = title;
  },
): () => void {
  let last: DocumentState | null = null;
  const sync = () => {
    const next = documentStateOf(store.getState());
    if (last && last.displayName === next.displayName && last.filePath === next.filePath && last.dirty === next.dirty) return;
    last = next;
    setTitle(windowTitle(next));
    push(next);
  };
  sync();
  const stopStore = store.subscribe(sync);
  const stopLocale = onLocaleChange(sync);
  return () => {
    stopStore();
    stopLocale();
  };
}
