import { afterEach, describe, expect, it } from 'vitest';
import { boardViewStore, resetBoardView } from '../../../../renderer/board/board-view-store';

afterEach(() => resetBoardView());

const isCollapsed = (id: string) => boardViewStore.getState().collapsed.has(id);

describe('collapsed board columns', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('collapse and expand a pillar whose id is "%s"', (id) => {
    expect(isCollapsed(id)).toBe(false);
    boardViewStore.getState().toggleCollapsed(id);
    expect(isCollapsed(id)).toBe(true);
    boardViewStore.getState().toggleCollapsed(id);
    expect(isCollapsed(id)).toBe(false);
    boardViewStore.getState().toggleCollapsed(id);
    boardViewStore.getState().expand(id);
    expect(isCollapsed(id)).toBe(false);
  });

  it('keeps each column to itself, and expanding one that is open changes nothing', () => {
    boardViewStore.getState().toggleCollapsed('toString');
    const before = boardViewStore.getState().collapsed;
    boardViewStore.getState().expand('__proto__');
    expect(boardViewStore.getState().collapsed).toBe(before);
    expect([...boardViewStore.getState().collapsed]).toEqual(['toString']);
  });
});
