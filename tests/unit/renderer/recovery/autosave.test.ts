import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileError, PlannerApi } from '../../../../shared/ipc-contract';
import { serialisePlan } from '../../../../shared/plan-load';
import { Autosave, AUTOSAVE_DELAY_MS } from '../../../../renderer/recovery/autosave';
import { createPlannerStore, type PlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

type Api = Pick<PlannerApi, 'writeRecovery' | 'discardRecovery'>;

let store: PlannerStore;
let api: { writeRecovery: ReturnType<typeof vi.fn<Api['writeRecovery']>>; discardRecovery: ReturnType<typeof vi.fn<Api['discardRecovery']>> };
let autosave: Autosave;
let stop: () => void;
let onError: ReturnType<typeof vi.fn<(error: FileError) => void>>;

const rename = (title: string) => store.getState().commit((plan) => ({ ...plan, meta: { ...plan.meta, title } }));
const settle = async () => {
  await vi.advanceTimersByTimeAsync(0);
  await autosave.idle();
};

beforeEach(() => {
  vi.useFakeTimers();
  store = createPlannerStore();
  api = {
    writeRecovery: vi.fn<Api['writeRecovery']>(async () => ({ status: 'written' })),
    discardRecovery: vi.fn<Api['discardRecovery']>(async () => ({ status: 'discarded' })),
  };
  onError = vi.fn<(error: FileError) => void>();
  autosave = new Autosave({ store, api, newDocId: () => 'doc-1', onError });
  stop = autosave.start();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('autosave to a recovery copy', () => {
  it('writes nothing for a clean plan', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: '/p/a.aiplan', mtimeMs: 1 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.writeRecovery).not.toHaveBeenCalled();
    expect(api.discardRecovery).not.toHaveBeenCalled();
  });

  it('writes the copy a few seconds after the last change, once, with the latest plan', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: '/p/a.aiplan', mtimeMs: 1 });
    rename('One');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    rename('Two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(api.writeRecovery).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
    expect(api.writeRecovery).toHaveBeenCalledWith('doc-1', 'Two', '/p/a.aiplan', serialisePlan(store.getState().plan!));
    // Nothing new: no second write.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
  });

  it('writes at once on flush (the window lost focus), and not again for the same plan', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('Edited');
    await autosave.flush();
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    await autosave.flush();
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
  });

  it('removes the copy after a clean save, and only after the write that was under way', async () => {
    let finishWrite: () => void = () => undefined;
    api.writeRecovery.mockImplementationOnce(() => new Promise((done) => (finishWrite = () => done({ status: 'written' }))));
    store.getState().loadDocument({ plan: examplePlan(), filePath: '/p/a.aiplan', mtimeMs: 1 });
    rename('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);

    const { plan } = store.getState();
    store.getState().markSaved({ plan: plan!, filePath: '/p/a.aiplan', mtimeMs: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(api.discardRecovery).not.toHaveBeenCalled();
    finishWrite();
    await settle();
    expect(api.discardRecovery).toHaveBeenCalledWith('doc-1');
  });

  it('cancels a pending write when the plan becomes clean before it is due', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('Edited');
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(api.writeRecovery).not.toHaveBeenCalled();
    // No copy was ever written, so there is nothing to remove.
    expect(api.discardRecovery).not.toHaveBeenCalled();
  });

  it('removes the copy when the edits are discarded by closing or replacing the plan', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('Edited');
    await autosave.flush();
    store.getState().closeDocument();
    await settle();
    expect(api.discardRecovery).toHaveBeenCalledWith('doc-1');
  });

  it('takes over a restored copy: edits replace it, and a save removes it', async () => {
    const restored = examplePlan();
    autosave.adopt('crashed-7', restored);
    store.getState().loadDocument({ plan: restored, filePath: '/p/b.aiplan', mtimeMs: null, clean: false });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    // The restored plan is already in its copy.
    expect(api.writeRecovery).not.toHaveBeenCalled();
    rename('More');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(api.writeRecovery).toHaveBeenCalledWith('crashed-7', 'More', '/p/b.aiplan', serialisePlan(store.getState().plan!));
    store.getState().markSaved({ plan: store.getState().plan!, filePath: '/p/b.aiplan', mtimeMs: 3 });
    await settle();
    expect(api.discardRecovery).toHaveBeenCalledWith('crashed-7');
  });

  it('reports a copy that could not be written and tries again after the next change', async () => {
    api.writeRecovery.mockResolvedValueOnce({ status: 'error', error: { code: 'disk-full', message: 'The disk is full.', details: [] } });
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('Edited');
    await autosave.flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'disk-full' }));
    await autosave.flush();
    expect(api.writeRecovery).toHaveBeenCalledTimes(2);
  });

  it('survives a rejected call', async () => {
    api.writeRecovery.mockRejectedValueOnce(new Error('channel closed'));
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('Edited');
    await autosave.flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ details: ['channel closed'] }));
  });

  it('cuts a very long title to what a recovery copy keeps', async () => {
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    rename('x'.repeat(2000));
    await autosave.flush();
    expect(api.writeRecovery.mock.calls[0]![1]).toHaveLength(500);
  });
});
