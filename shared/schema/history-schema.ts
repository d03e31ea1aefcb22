import { z } from 'zod';

/*
 * A plan's history (#20): named snapshots kept inside the plan file. The first snapshot holds its
 * whole state, each later one only what changed since the one before (shared/history/snapshot-delta.ts).
 * Opening a file checks the history only for its shape (counts, ids, versions, the chain of bases),
 * so that twenty snapshots do not double the time a plan takes to open; a snapshot's state is
 * validated in full when it is materialised (viewed, compared, restored or merged).
 */

export const HISTORY_CAPS = {
  /** A review a quarter for two years is eight; 200 leaves room for a snapshot per workshop and per week. */
  snapshots: 200,
  /** The stored data of one snapshot, as compact JSON text (a full plan at the caps is well below). */
  snapshotBytes: 20 * 1024 * 1024,
  nameLength: 200,
} as const;

/** A snapshot stored whole: the first one, or one re-based by a deletion. */
export const FULL_BASE = 'full';

const snapshotId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');

export const snapshotSchema = z.object({
  id: snapshotId,
  name: z.string().min(1).max(HISTORY_CAPS.nameLength),
  note: z.string().max(10_000).default(''),
  takenAt: z.string().max(40),
  /** The plan format version of the state it holds: an older one is migrated when materialised, a newer one refused. */
  version: z.number().int().min(0),
  /** 'full', or the id of the snapshot just before it, whose state `data` is a delta against. */
  base: z.string().max(64),
  /** The state (full) or the delta; its contents are checked when the snapshot is materialised. */
  data: z.record(z.string(), z.unknown()),
});

export const historySchema = z
  .object({
    snapshots: z.array(snapshotSchema).max(HISTORY_CAPS.snapshots).default([]),
  })
  .superRefine((history, ctx) => {
    const seen = new Set<string>();
    history.snapshots.forEach((snapshot, i) => {
      if (seen.has(snapshot.id)) ctx.addIssue({ code: 'custom', path: ['snapshots', i, 'id'], message: `snapshot id ${snapshot.id} appears twice` });
      seen.add(snapshot.id);
      const expected = i === 0 ? FULL_BASE : history.snapshots[i - 1]!.id;
      if (snapshot.base !== FULL_BASE && snapshot.base !== expected)
        ctx.addIssue({ code: 'custom', path: ['snapshots', i, 'base'], message: `a snapshot is stored whole or against the one before it (${expected}), not ${snapshot.base}` });
    });
  });

export const NO_HISTORY = { snapshots: [] };
