import { defineCommand, type Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { openCompare, openSnapshotList, openTakeSnapshot } from './plan-history-actions';
import { openMerge } from './merge/merge-actions';

/** File › Take Snapshot…, Snapshots…, What Changed… and Merge… (#20): each opens its dialog over an open plan. */
export const planHistoryCommands: readonly Command[] = [
  defineCommand('take-snapshot', { isEnabled: selectHasPlan, run: openTakeSnapshot }),
  defineCommand('snapshots', { isEnabled: selectHasPlan, run: openSnapshotList }),
  defineCommand('compare-plans', { isEnabled: selectHasPlan, run: openCompare }),
  defineCommand('merge-plan', { isEnabled: selectHasPlan, run: openMerge }),
];
