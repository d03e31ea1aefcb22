import { useEffect, useRef } from 'react';
import { runCommand } from '../commands/commands';
import { useCommandShortcuts, useMenuCommands } from '../commands/use-command-shortcuts';
import { startDocumentSync } from '../file/document-sync';
import { plannerStore, usePlanner } from '../store/store';
import { RecoveryHost } from '../recovery/RecoveryHost';
import { AlertHost } from './AlertHost';
import { ExportDialogHost } from '../export/ExportDialog';
import { ImportDialogHost } from '../spreadsheet/ImportDialog';
import { SpreadsheetDropTarget } from '../spreadsheet/SpreadsheetDropTarget';
import { FirstRun } from './FirstRun';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import { findView } from './views';
import { DetailPanel } from '../details/DetailPanel';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from './ViewTabs';
import { MoveMenuHost } from '../move/MoveMenu';
import { startFocusTips } from '../components/focus-tip';
import { PresentingHost } from '../presenting/PresentingHost';
import { useT } from '../i18n/use-t';
import { WorkshopBar } from '../workshop/agenda/WorkshopBar';
import { PlanHistoryHost } from '../plan-history/PlanHistoryHost';

/** The shell: toolbar, view tabs, the active view (or the first-run screen), a status line. */
export function App() {
  useCommandShortcuts();
  useMenuCommands(runCommand);
  useEffect(() => startDocumentSync(plannerStore, (state) => window.planner.setDocumentState(state)), []);
  useEffect(() => startFocusTips(), []);
  const hasPlan = usePlanner((s) => s.plan !== null);

  return (
    <div className="app">
      <Toolbar />
      {hasPlan ? (
        <>
          <WorkshopBar />
          <ViewTabs />
          <div className="workspace">
            <ActiveView />
            <DetailPanel />
          </div>
        </>
      ) : (
        <FirstRun />
      )}
      <StatusLine />
      <PresentingHost />
      <ExportDialogHost />
      <PlanHistoryHost />
      <ImportDialogHost />
      <SpreadsheetDropTarget />
      <RecoveryHost />
      <AlertHost />
      <MoveMenuHost />
    </div>
  );
}

function ActiveView() {
  const view = usePlanner((s) => findView(s.activeView));
  const ref = useRef<HTMLElement>(null);
  const t = useT();
  useEffect(() => {
    // The first-run button that opened the plan is gone: put keyboard focus at the start of the plan.
    if (!document.activeElement || document.activeElement === document.body) ref.current?.focus({ preventScroll: true });
  }, []);
  const { Component } = view;
  // The main landmark, which the view tabs control (a tabpanel role would hide the landmark); its
  // level-one heading names the view for a screen reader's list of headings.
  return (
    <main ref={ref} id={VIEW_PANEL_ID} tabIndex={-1} className={`view view--${view.id}`} aria-labelledby={viewTabId(view.id)}>
      <h1 className="visually-hidden">{t(view.labelKey)}</h1>
      <Component />
    </main>
  );
}
