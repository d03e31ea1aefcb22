import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult, PlannerApi, SaveResult } from '../../../../shared/ipc-contract';
import type { Plan } from '../../../../shared/model';
import { serialisePlan } from '../../../../shared/plan-load';
import {
  newPlanFromTemplate,
  openPlanAtPath,
  openPlanWithDialog,
  saveAndClose,
  savePlan,
  savePlanAs,
  suggestedFileName,
} from '../../../../renderer/file/file-actions';
import { renamePillar } from '../../../../renderer/store/plan-actions';
import { selectDirty } from '../../../../renderer/store/selectors';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();

function fakePlanner(overrides: Partial<PlannerApi> = {}) {
  const api: PlannerApi = {
    openPlanDialog: vi.fn(async (): Promise<OpenResult> => ({ status: 'cancelled' })),
    openPlanPath: vi.fn(async (path: string): Promise<OpenResult> => ({ status: 'opened', path, plan: examplePlan(), migratedFrom: null, mtimeMs: 5 })),
    savePlan: vi.fn(async (path: string): Promise<SaveResult> => ({ status: 'saved', path, mtimeMs: 7 })),
    savePlanAs: vi.fn(async (): Promise<SaveResult> => ({ status: 'saved', path: '/plans/new.aiplan', mtimeMs: 8 })),
    confirmUnsaved: vi.fn(async () => 'cancel' as const),
    setDocumentState: vi.fn(),
    listRecent: vi.fn(async () => []),
    onCommand: vi.fn(() => () => undefined),
    closeWindow: vi.fn(),
    savePdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    openExportedPdf: vi.fn(async () => ({ status: 'opened' as const })),
    writeRecovery: vi.fn(async () => ({ status: 'written' as const })),
    discardRecovery: vi.fn(async () => ({ status: 'discarded' as const })),
    listRecoveries: vi.fn(async () => []),
    restoreRecovery: vi.fn(async () => ({ status: 'error' as const, error: { code: 'not-found' as const, message: 'gone', details: [] } })),
    checkFileOnDisk: vi.fn(async () => 'unchanged' as const),
    openPlanForComparison: vi.fn(async () => ({ status: 'cancelled' as const })),
    getDisplayPreferences: vi.fn(async () => ({ roomSize: 'normal' as const, theme: 'system' as const, language: 'en' as const })),
    setDisplayPreferences: vi.fn(),
    setModalOpen: vi.fn(),
    openSpreadsheetDialog: vi.fn(async () => ({ status: 'cancelled' as const })),
    saveSpreadsheet: vi.fn(async () => ({ status: 'cancelled' as const })),
    getImportMapping: vi.fn(async () => null),
    setImportMapping: vi.fn(),
    ...overrides,
  };
  vi.stubGlobal('window', { planner: api });
  return api;
}

function editedPlan(filePath: string | null = null) {
  state().loadDocument({ plan: examplePlan(), filePath, mtimeMs: 1 });
  renamePillar(state().plan!.pillars[0]!.id, 'Edited');
}

// The renderer's clock is pinned for every test: local time, an evening on the last day of a year.
const PINNED = new Date(2027, 11, 31, 23, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PINNED);
  resetPlannerStore();
  // No text field has focus: commitPendingEdit has nothing to blur.
  vi.stubGlobal('document', { activeElement: null });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('new plan from a template', () => {
  it('creates the example with the horizon starting next month, clean and without history', async () => {
    fakePlanner();
    await newPlanFromTemplate('example');
    const s = state();
    expect(s.plan!.pillars).toHaveLength(4);
    expect(s.plan!.meta.horizonStart).toBe('2028-01');
    expect(s.plan!.meta.createdAt).toBe(PINNED.toISOString());
    expect(selectDirty(s)).toBe(false);
    expect(s.filePath).toBeNull();
  });

  it('asks first when dirty: Cancel keeps the plan, Discard replaces it', async () => {
    const api = fakePlanner();
    editedPlan();
    await newPlanFromTemplate('blank');
    expect(api.confirmUnsaved).toHaveBeenCalledWith('AI alignment plan');
    expect(state().plan!.pillars[0]!.title).toBe('Edited');

    vi.mocked(api.confirmUnsaved).mockResolvedValueOnce('discard');
    await newPlanFromTemplate('blank');
    expect(state().plan!.pillars).toEqual([]);
  });

  it('Save in the prompt saves first and goes on only when the save worked', async () => {
    const api = fakePlanner({ confirmUnsaved: vi.fn(async () => 'save' as const) });
    editedPlan('/plans/a.aiplan');
    vi.mocked(api.savePlan).mockResolvedValueOnce({ status: 'error', path: '/plans/a.aiplan', error: { code: 'disk-full', message: 'The disk is full.', details: [] } });
    await newPlanFromTemplate('blank');
    expect(state().plan!.pillars[0]!.title).toBe('Edited');
    expect(state().alert?.message).toBe('The disk is full.');

    await newPlanFromTemplate('blank');
    expect(api.savePlan).toHaveBeenCalledTimes(2);
    expect(state().plan!.pillars).toEqual([]);
  });
});

describe('save', () => {
  it('saves to the current file, then is clean', async () => {
    const api = fakePlanner();
    editedPlan('/plans/a.aiplan');
    const edited = state().plan!;
    await savePlan();
    // Sent as the plan's canonical text, which main parses off the UI thread.
    expect(api.savePlan).toHaveBeenCalledWith('/plans/a.aiplan', serialisePlan({ ...edited, meta: { ...edited.meta, updatedAt: PINNED.toISOString() } }));
    expect(state().plan!.meta.updatedAt).toBe(PINNED.toISOString());
    expect(selectDirty(state())).toBe(false);
    expect(state().mtimeMs).toBe(7);
    expect(state().statusMessage).toBe('Saved a.aiplan');
  });

  it('uses Save As when the plan has no file yet, suggesting a name from the title', async () => {
    const api = fakePlanner();
    editedPlan(null);
    await savePlan();
    expect(api.savePlanAs).toHaveBeenCalledWith(serialisePlan(state().plan!), 'AI alignment plan.aiplan');
    expect(state().filePath).toBe('/plans/new.aiplan');
  });

  it('stays dirty and shows the error when the save fails', async () => {
    fakePlanner({
      savePlan: vi.fn(async (): Promise<SaveResult> => ({ status: 'error', path: '/plans/a.aiplan', error: { code: 'read-only', message: '"a.aiplan" is marked read-only.', details: ['EROFS'] } })),
    });
    editedPlan('/plans/a.aiplan');
    await savePlan();
    expect(selectDirty(state())).toBe(true);
    expect(state().alert).toEqual({ title: 'The plan was not saved', message: '"a.aiplan" is marked read-only.', details: ['EROFS'], offer: 'save-as' });
  });

  it('treats a rejected call like a failed save', async () => {
    fakePlanner({ savePlanAs: vi.fn(async () => Promise.reject(new Error('channel closed'))) });
    editedPlan(null);
    await savePlanAs();
    expect(selectDirty(state())).toBe(true);
    expect(state().alert?.details).toEqual(['channel closed']);
  });

  it('changes nothing when Save As is cancelled', async () => {
    fakePlanner({ savePlanAs: vi.fn(async (): Promise<SaveResult> => ({ status: 'cancelled' })) });
    editedPlan('/plans/a.aiplan');
    await savePlanAs();
    expect(state().filePath).toBe('/plans/a.aiplan');
    expect(selectDirty(state())).toBe(true);
    expect(state().alert).toBeNull();
  });

  it('runs one file action at a time: a second Save while one is under way is ignored', async () => {
    let finish!: (r: SaveResult) => void;
    const api = fakePlanner({ savePlan: vi.fn(() => new Promise<SaveResult>((r) => (finish = r))) });
    editedPlan('/plans/a.aiplan');
    const first = savePlan();
    // The plan's text is built in slices across turns of the event loop before it reaches the API.
    await vi.waitFor(() => expect(api.savePlan).toHaveBeenCalledTimes(1));
    await savePlan();
    finish({ status: 'saved', path: '/plans/a.aiplan', mtimeMs: 9 });
    await first;
    expect(api.savePlan).toHaveBeenCalledTimes(1);
  });
});

describe('open', () => {
  it('opens a file, clean, with its path', async () => {
    fakePlanner();
    await openPlanAtPath('/plans/b.aiplan');
    expect(state().filePath).toBe('/plans/b.aiplan');
    expect(selectDirty(state())).toBe(false);
    expect(state().statusMessage).toBe('Opened b.aiplan');
  });

  it('shows an open error and keeps the current plan', async () => {
    fakePlanner({
      openPlanDialog: vi.fn(async (): Promise<OpenResult> => ({ status: 'error', path: '/x/evil.aiplan', error: { code: 'forbidden-key', message: 'The file contains the key "__proto__".', details: [] } })),
    });
    editedPlan('/plans/a.aiplan');
    const before = state().plan;
    window.planner.confirmUnsaved = vi.fn(async () => 'discard' as const);
    await openPlanWithDialog();
    expect(state().plan).toBe(before);
    expect(state().alert?.title).toBe('evil.aiplan could not be opened');
  });

  it('does not ask about unsaved changes when the plan is clean', async () => {
    const api = fakePlanner();
    state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    await openPlanAtPath('/plans/b.aiplan');
    expect(api.confirmUnsaved).not.toHaveBeenCalled();
  });
});

describe('save and close', () => {
  it('closes at once when clean, after saving when dirty, and not at all when the save is cancelled', async () => {
    const api = fakePlanner();
    state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    await saveAndClose();
    expect(api.closeWindow).toHaveBeenCalledTimes(1);

    editedPlan('/plans/a.aiplan');
    await saveAndClose();
    expect(api.savePlan).toHaveBeenCalledTimes(1);
    expect(api.closeWindow).toHaveBeenCalledTimes(2);

    editedPlan(null);
    vi.mocked(api.savePlanAs).mockResolvedValueOnce({ status: 'cancelled' });
    await saveAndClose();
    expect(api.closeWindow).toHaveBeenCalledTimes(2);
  });
});

describe('names and dates', () => {
  it('suggests a safe file name from the plan title', () => {
    expect(suggestedFileName('Q3: AI / Ops plan?', null)).toBe('Q3 AI Ops plan.aiplan');
    expect(suggestedFileName('   ', null)).toBe('AI plan.aiplan');
    expect(suggestedFileName('Anything', '/plans/kept.aiplan')).toBe('kept.aiplan');
  });

  it('stamps updatedAt on each save, and keeps an edit made while the save was under way unsaved', async () => {
    let finish: (r: SaveResult) => void = () => undefined;
    const api = fakePlanner({ savePlan: vi.fn(() => new Promise<SaveResult>((resolve) => (finish = resolve))) });
    editedPlan('/plans/a.aiplan');
    const saving = savePlan();
    // The plan's text is built in slices first; the edit lands while main is writing it.
    await vi.waitFor(() => expect(api.savePlan).toHaveBeenCalled());
    renamePillar(state().plan!.pillars[0]!.id, 'Edited again');
    finish({ status: 'saved', path: '/plans/a.aiplan', mtimeMs: 9 });
    await saving;
    expect((JSON.parse(vi.mocked(api.savePlan).mock.calls[0]![1] as string) as Plan).meta.updatedAt).toBe(PINNED.toISOString());
    expect(state().plan!.pillars[0]!.title).toBe('Edited again');
    expect(selectDirty(state())).toBe(true);
  });
});
