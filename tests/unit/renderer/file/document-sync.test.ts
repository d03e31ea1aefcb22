import { describe, expect, it } from 'vitest';
import type { DocumentState } from '../../../../shared/ipc-contract';
import { startDocumentSync, windowTitle } from '../../../../renderer/file/document-sync';
import { updatePillar } from '../../../../shared/operations/matrix';
import { createPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';

describe('document state sync', () => {
  it('pushes the name and dirty state only when they change, and titles the page', () => {
    const store = createPlannerStore();
    const pushed: DocumentState[] = [];
    const titles: string[] = [];
    const stop = startDocumentSync(store, (s) => pushed.push(s), (t) => titles.push(t));
    expect(pushed).toEqual([{ displayName: 'AI Alignment Planner', filePath: null, dirty: false }]);

    const plan = examplePlan();
    store.getState().loadDocument({ plan, filePath: '/home/sam/Board.aiplan', mtimeMs: 1 });
    store.getState().select({ kind: 'pillar', id: plan.pillars[0]!.id });
    store.getState().commit((p) => updatePillar(p, p.pillars[0]!.id, { title: 'One' }));
    store.getState().commit((p) => updatePillar(p, p.pillars[0]!.id, { title: 'Two' }));
    expect(pushed.slice(1)).toEqual([
      { displayName: 'Board.aiplan', filePath: '/home/sam/Board.aiplan', dirty: false },
      { displayName: 'Board.aiplan', filePath: '/home/sam/Board.aiplan', dirty: true },
    ]);
    expect(titles.at(-1)).toBe('Board.aiplan •');
    stop();
    store.getState().undo();
    expect(pushed).toHaveLength(3);
  });

  it('names an unsaved plan by its title and takes the last segment of Windows paths', () => {
    expect(windowTitle({ displayName: 'Plan', filePath: null, dirty: false })).toBe('Plan');
    const store = createPlannerStore();
    const pushed: DocumentState[] = [];
    startDocumentSync(store, (s) => pushed.push(s), () => undefined);
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    expect(pushed.at(-1)?.displayName).toBe('AI alignment plan');
    store.getState().markSaved({ plan: store.getState().plan!, filePath: 'C:\\Users\\Sam\\Plans\\Q3.aiplan', mtimeMs: 2 });
    expect(pushed.at(-1)?.displayName).toBe('Q3.aiplan');
  });

  it('renames an untitled plan in the window title when the language changes, and stops listening when stopped', () => {
    const store = createPlannerStore();
    const titles: string[] = [];
    const stop = startDocumentSync(store, () => undefined, (title) => titles.push(title));
    const plan = examplePlan();
    store.getState().loadDocument({ plan: { ...plan, meta: { ...plan.meta, title: '' } }, filePath: null, mtimeMs: null });
    expect(titles.at(-1)).toBe('Untitled plan');
    try {
      setActiveLocale('de');
      expect(titles.at(-1)).toBe('Unbenannter Plan');
      stop();
      setActiveLocale('vi');
      expect(titles.at(-1)).toBe('Unbenannter Plan');
    } finally {
      setActiveLocale('en');
    }
  });
});
