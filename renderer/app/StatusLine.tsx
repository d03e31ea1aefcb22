import { useShallow } from 'zustand/react/shallow';
import { FindingsBadge } from '../checks/FindingsBadge';
import { selectCounts } from '../store/plan-selectors';
import { selectDirty } from '../store/selectors';
import { usePlanner } from '../store/store';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function StatusLine() {
  const counts = usePlanner(useShallow(selectCounts));
  const filePath = usePlanner((s) => s.filePath);
  const hasPlan = usePlanner((s) => s.plan !== null);
  const dirty = usePlanner(selectDirty);
  const message = usePlanner((s) => s.statusMessage);

  return (
    <footer className="status-line">
      <span className="status-line__message" role="status" aria-live="polite">
        {message ?? ''}
      </span>
      {hasPlan && <FileState filePath={filePath} dirty={dirty} />}
      <FindingsBadge />
      {counts && (
        <span className="status-line__counts">
          {plural(counts.pillars, 'pillar', 'pillars')} · {plural(counts.objectives, 'objective', 'objectives')} ·{' '}
          {plural(counts.applications, 'application', 'applications')} · {plural(counts.kpis, 'KPI', 'KPIs')}
        </span>
      )}
    </footer>
  );
}

/** Where the plan is saved and whether it has changed since; when the line is narrow, hovering shows it whole. */
function FileState({ filePath, dirty }: { filePath: string | null; dirty: boolean }) {
  const text = `${filePath ?? 'Not saved yet'}${dirty ? ' — unsaved changes' : filePath ? ' — saved' : ''}`;
  return (
    <span className="status-line__file" title={text}>
      {text}
    </span>
  );
}
