import { useShallow } from 'zustand/react/shallow';
import { FindingsBadge } from '../checks/FindingsBadge';
import { selectCounts } from '../store/plan-selectors';
import { selectDirty } from '../store/selectors';
import { usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';

export function StatusLine() {
  const counts = usePlanner(useShallow(selectCounts));
  const filePath = usePlanner((s) => s.filePath);
  const hasPlan = usePlanner((s) => s.plan !== null);
  const dirty = usePlanner(selectDirty);
  const message = usePlanner((s) => s.statusMessage);
  const t = useT();

  return (
    <footer className="status-line">
      <span className="status-line__message" role="status" aria-live="polite">
        {message ?? ''}
      </span>
      {hasPlan && <FileState filePath={filePath} dirty={dirty} />}
      <FindingsBadge />
      {counts && (
        <span className="status-line__counts">
          {t('status.counts', { pillars: counts.pillars, objectives: counts.objectives, applications: counts.applications, kpis: counts.kpis })}
        </span>
      )}
    </footer>
  );
}

/** Where the plan is saved and whether it has changed since; when the line is narrow, hovering shows it whole. */
function FileState({ filePath, dirty }: { filePath: string | null; dirty: boolean }) {
  const t = useT();
  const text = filePath
    ? t(dirty ? 'status.file.unsaved' : 'status.file.saved', { path: filePath })
    : t(dirty ? 'status.file.notSavedUnsaved' : 'status.file.notSaved');
  return (
    <span className="status-line__file" title={text}>
      {text}
    </span>
  );
}
