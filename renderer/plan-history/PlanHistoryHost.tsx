import { usePlanHistory } from './plan-history-store';
import { TakeSnapshotDialog } from './TakeSnapshotDialog';
import { SnapshotListDialog } from './SnapshotListDialog';
import { SnapshotViewDialog } from './SnapshotViewDialog';
import { CompareDialog } from './compare/CompareDialog';
import { MergeDialog } from './merge/MergeDialog';
import { QuestionDialog } from './QuestionDialog';
import './plan-history.css';

/** Mounted once by the shell: the dialog of the plan over time that is open, and a question over it. */
export function PlanHistoryHost() {
  const kind = usePlanHistory((s) => s.dialog?.kind ?? null);
  const asking = usePlanHistory((s) => s.question !== null);
  return (
    <>
      {kind === 'take' && <TakeSnapshotDialog />}
      {kind === 'list' && <SnapshotListDialog />}
      {kind === 'view' && <SnapshotViewDialog />}
      {kind === 'compare' && <CompareDialog />}
      {kind === 'merge' && <MergeDialog />}
      {asking && <QuestionDialog />}
    </>
  );
}
