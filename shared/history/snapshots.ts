import type { Plan } from '../model';
import { PLAN_VERSION, planSchema } from '../schema/plan-schema';
import { FULL_BASE, HISTORY_CAPS, NO_HISTORY } from '../schema/history-schema';
import { MIGRATIONS } from '../schema/migrations';
import { integrityProblems } from '../plan-integrity';
import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import type { SnapshotInfo } from './history-types';
import { planItems } from './plan-items';
import { applyDelta, deltaSize, encodeDelta } from './snapshot-delta';

/*
 * Named snapshots inside the plan file (#20). The first is stored whole, each later one as a delta
 * against the one before it (snapshot-delta.ts). A snapshot's state is validated in full only when
 * it is materialised, and refused with a sentence a person can act on when it cannot be read back.
 */

export type Snapshot = Plan['history']['snapshots'][number];
type Raw = Record<string, unknown>;

/** Thrown by the operations that change the history when they cannot; `message` is written for a person. */
export class HistoryError extends Error {}

export type SnapshotPlanResult = { status: 'ok'; plan: Plan } | { status: 'refused'; message: string };

export interface SnapshotStamp {
  id: string;
  name: string;
  note?: string;
  takenAt: string;
}

/**
 * A snapshot named on a command line or in a script: by its id, else by its name (case and spacing
 * aside), the newest of that name; null when the plan has none such.
 */
export function findSnapshot(plan: Plan, ref: string): Snapshot | null {
  const snapshots = plan.history.snapshots;
  const byId = snapshots.find((s) => s.id === ref.trim());
  if (byId) return byId;
  const norm = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return [...snapshots].reverse().find((s) => norm(s.name) === norm(ref)) ?? null;
}

export function listSnapshots(plan: Plan): (SnapshotInfo & { version: number })[] {
  return plan.history.snapshots.map(({ id, name, note, takenAt, version }) => ({ id, name, note, takenAt, version }));
}

/** The plan with a snapshot of its current state added to its history. Throws HistoryError on a bad name or a full history. */
export function takeSnapshot(plan: Plan, stamp: SnapshotStamp, t: Translate = activeT): Plan {
  const name = stamp.name.trim();
  if (name.length < 1 || name.length > HISTORY_CAPS.nameLength) throw new HistoryError(t('domain.history.nameLength', { max: HISTORY_CAPS.nameLength }));
  const snapshots = plan.history.snapshots;
  if (snapshots.length >= HISTORY_CAPS.snapshots) throw new HistoryError(t('domain.history.full', { max: HISTORY_CAPS.snapshots }));
  const last = snapshots.length ? rawState(plan, snapshots.length - 1) : null;
  const previous = last && 'raw' in last ? { ...last, snapshot: snapshots.at(-1)! } : null;
  const snapshot = encodeSnapshot({ id: stamp.id, name, note: stamp.note ?? '', takenAt: stamp.takenAt }, plan, previous);
  return { ...plan, history: { snapshots: [...snapshots, snapshot] } };
}

/** The state of a snapshot as a plan of this version, validated; or why it cannot be read. */
export function snapshotPlan(plan: Plan, snapshotId: string, t: Translate = activeT): SnapshotPlanResult {
  const at = plan.history.snapshots.findIndex((s) => s.id === snapshotId);
  if (at < 0) return { status: 'refused', message: t('domain.history.snapshotMissing', { id: snapshotId }) };
  const snapshot = plan.history.snapshots[at]!;
  const state = rawState(plan, at, t);
  if ('refused' in state) return { status: 'refused', message: state.refused };
  let raw: Raw = { ...state.raw, history: NO_HISTORY };
  try {
    raw = migrateBetween(raw, state.version, PLAN_VERSION);
  } catch {
    return { status: 'refused', message: t('domain.history.snapshotBroken', { name: snapshot.name }) };
  }
  const parsed = planSchema.safeParse({ ...raw, version: PLAN_VERSION, documentId: plan.documentId });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { status: 'refused', message: t('domain.history.snapshotInvalid', { name: snapshot.name, detail: `${issue.path.join('.')}: ${issue.message}` }) };
  }
  const problems = integrityProblems(parsed.data, 3, t);
  if (problems.length) return { status: 'refused', message: t('domain.history.snapshotReferences', { name: snapshot.name, detail: problems.join(' ') }) };
  return { status: 'ok', plan: parsed.data };
}

/**
 * The plan as the snapshot had it, its history kept with the current state added to it first
 * (named `stamp.name`, e.g. "Before restoring Off-site v1", in the person's language). Throws
 * HistoryError with the reason when the snapshot cannot be read back; nothing is changed then.
 */
export function restoreSnapshot(plan: Plan, snapshotId: string, stamp: SnapshotStamp, t: Translate = activeT): Plan {
  const restored = snapshotPlan(plan, snapshotId, t);
  if (restored.status === 'refused') throw new HistoryError(restored.message);
  const kept = takeSnapshot(plan, stamp, t);
  return { ...restored.plan, documentId: plan.documentId, history: kept.history };
}

/** The plan without one snapshot; the one after it is re-stored against the one before (or whole). */
export function deleteSnapshot(plan: Plan, snapshotId: string, t: Translate = activeT): Plan {
  const snapshots = plan.history.snapshots;
  const at = snapshots.findIndex((s) => s.id === snapshotId);
  if (at < 0) return plan;
  const rest = snapshots.filter((_, i) => i !== at);
  if (at < snapshots.length - 1) {
    const next = rawState(plan, at + 1, t);
    if ('refused' in next) throw new HistoryError(next.refused);
    const before = at > 0 ? rawState(plan, at - 1, t) : null;
    const previous = before && 'raw' in before ? { ...before, snapshot: snapshots[at - 1]! } : null;
    rest[at] = encodeSnapshot(snapshots[at + 1]!, next.raw as unknown as Plan, previous, next.version);
  }
  return { ...plan, history: { snapshots: rest } };
}

export type CommonBase =
  | { status: 'shared'; snapshotId: string; plan: Plan }
  | { status: 'unrelated' }
  | { status: 'no-common-snapshot' }
  | { status: 'refused'; snapshotId: string; message: string };

/** The newest snapshot both copies of a plan hold, as a plan: the base of a three-way merge. */
export function commonBase(ours: Plan, theirs: Plan, t: Translate = activeT): CommonBase {
  if (ours.documentId !== theirs.documentId) return { status: 'unrelated' };
  const theirIds = new Set(theirs.history.snapshots.map((s) => s.id));
  const shared = [...ours.history.snapshots].reverse().find((s) => theirIds.has(s.id));
  if (!shared) return { status: 'no-common-snapshot' };
  let result = snapshotPlan(ours, shared.id, t);
  if (result.status === 'refused') result = snapshotPlan(theirs, shared.id, t);
  return result.status === 'ok' ? { status: 'shared', snapshotId: shared.id, plan: result.plan } : { status: 'refused', snapshotId: shared.id, message: result.message };
}

/**
 * Both histories in one (a merge keeps every snapshot of either copy, by id): ours in its order,
 * theirs' own snapshots slotted in by the time they were taken, then stored afresh as a chain.
 * A snapshot that cannot be read back keeps the history as ours had it, with the reason.
 */
export function unionHistories(ours: Plan, theirs: Plan, t: Translate = activeT): { history: Plan['history']; refused: string | null } {
  const ourIds = new Set(ours.history.snapshots.map((s) => s.id));
  const extra = theirs.history.snapshots.map((s, i) => ({ s, i })).filter(({ s }) => !ourIds.has(s.id));
  if (extra.length === 0) return { history: ours.history, refused: null };
  const states: { snapshot: Snapshot; raw: Raw; version: number }[] = [];
  const read = (plan: Plan, i: number) => {
    const state = rawState(plan, i, t);
    if ('refused' in state) throw new HistoryError(state.refused);
    states.push({ snapshot: plan.history.snapshots[i]!, ...state });
  };
  try {
    ours.history.snapshots.forEach((_, i) => read(ours, i));
    for (const { i } of extra) read(theirs, i);
  } catch (e) {
    return { history: ours.history, refused: e instanceof Error ? e.message : String(e) };
  }
  const ourCount = ours.history.snapshots.length;
  const ordered = states.map((state, i) => ({ state, i })).sort((x, y) => {
    if (x.i < ourCount && y.i < ourCount) return x.i - y.i;
    return x.state.snapshot.takenAt < y.state.snapshot.takenAt ? -1 : x.state.snapshot.takenAt > y.state.snapshot.takenAt ? 1 : x.i - y.i;
  });
  const capped = ordered.slice(-HISTORY_CAPS.snapshots);
  const snapshots: Snapshot[] = [];
  capped.forEach(({ state }, i) => {
    const before = i > 0 ? capped[i - 1]!.state : null;
    snapshots.push(encodeSnapshot(state.snapshot, state.raw as unknown as Plan, before ? { ...before, snapshot: snapshots[i - 1]! } : null, state.version));
  });
  return { history: { snapshots }, refused: null };
}

const ENVELOPE = new Set(['format', 'version', 'documentId', 'history']);
const stateOf = (plan: Plan): Raw => Object.fromEntries(Object.entries(plan).filter(([key]) => !ENVELOPE.has(key)));

/**
 * A snapshot of `state`, stored against the snapshot just before it when that one is readable, of
 * the same version, and the delta is the smaller; whole otherwise.
 */
function encodeSnapshot(
  stamp: Pick<Snapshot, 'id' | 'name' | 'note' | 'takenAt'>,
  state: Plan,
  previous: { raw: Raw; version: number; snapshot: Snapshot } | null,
  version: number = PLAN_VERSION,
): Snapshot {
  const { id, name, note, takenAt } = stamp;
  if (previous && previous.version === version) {
    const after = planItems(state);
    const delta = encodeDelta(planItems(previous.raw as unknown as Plan), after);
    if (deltaSize(delta) < after.size / 2) {
      const snapshot: Snapshot = { id, name, note, takenAt, version, base: previous.snapshot.id, data: delta as Raw };
      stateCache.set(snapshot, { raw: state as unknown as Raw, version, after: previous.snapshot });
      return snapshot;
    }
  }
  return { id, name, note, takenAt, version, base: FULL_BASE, data: stateOf(state) };
}

/*
 * The raw state of each snapshot, by the snapshot record (records are never changed in place). A
 * delta's state also depends on the records before it, so an entry notes the record it followed
 * and counts only while that chain is the same.
 */
const stateCache = new WeakMap<Snapshot, { raw: Raw; version: number; after: Snapshot | null }>();

function cachedState(snapshots: readonly Snapshot[], at: number): { raw: Raw; version: number } | undefined {
  const entry = stateCache.get(snapshots[at]!);
  for (let i = at; i >= 0; i--) {
    const here = stateCache.get(snapshots[i]!);
    if (!here || here.after !== (snapshots[i - 1] ?? null)) return undefined;
    if (snapshots[i]!.base === FULL_BASE) break;
  }
  return entry;
}
const sizeCache = new WeakMap<Snapshot, number>();

function rawState(plan: Plan, at: number, t: Translate = activeT): { raw: Raw; version: number } | { refused: string } {
  const snapshots = plan.history.snapshots;
  let start = at;
  while (start > 0 && snapshots[start]!.base !== FULL_BASE && !cachedState(snapshots, start)) start--;
  let state: { raw: Raw; version: number } | null = null;
  for (let i = start; i <= at; i++) {
    const snapshot = snapshots[i]!;
    const cached = cachedState(snapshots, i);
    if (cached) {
      state = cached;
      continue;
    }
    const refused = refusal(snapshot, t);
    if (refused) return { refused };
    try {
      if (snapshot.base === FULL_BASE) state = { raw: { format: plan.format, version: snapshot.version, documentId: plan.documentId, ...snapshot.data }, version: snapshot.version };
      else {
        if (!state || state.version > snapshot.version) throw new Error('no state to apply the delta to');
        const before = migrateBetween(state.raw, state.version, snapshot.version) as unknown as Plan;
        const shell = { format: plan.format, version: snapshot.version as Plan['version'], documentId: plan.documentId, history: NO_HISTORY };
        state = { raw: applyDelta(before, snapshot.data, shell) as unknown as Raw, version: snapshot.version };
      }
    } catch {
      return { refused: t('domain.history.snapshotBroken', { name: snapshot.name }) };
    }
    stateCache.set(snapshot, { ...state, after: snapshots[i - 1] ?? null });
  }
  return state!;
}

/** Why a stored snapshot cannot be read by this build, before its data is touched; null when it can. */
function refusal(snapshot: Snapshot, t: Translate): string | null {
  if (snapshot.version > PLAN_VERSION) return t('domain.history.snapshotNewer', { name: snapshot.name, version: String(snapshot.version), current: String(PLAN_VERSION) });
  let size = sizeCache.get(snapshot);
  if (size === undefined) {
    size = JSON.stringify(snapshot.data).length;
    sizeCache.set(snapshot, size);
  }
  if (size > HISTORY_CAPS.snapshotBytes) {
    const mb = (n: number) => t('domain.load.megabytes', { size: n / 1024 / 1024 });
    return t('domain.history.snapshotTooLarge', { name: snapshot.name, size: mb(size), max: mb(HISTORY_CAPS.snapshotBytes) });
  }
  return null;
}

/** Runs the ordered migrations from one version to a later one (the loader's go to the current one only). */
function migrateBetween(raw: Raw, from: number, to: number): Raw {
  let current = raw;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step.migrate(current);
  }
  return current;
}
