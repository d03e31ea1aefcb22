import { describe, expect, it } from 'vitest';
import { presentingKeyAction, steppedView } from '../../../../renderer/presenting/presenting-keys';

const press = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the keys of presenting mode', () => {
  it('steps forward with the right arrow and PageDown (what a clicker sends), back with the left arrow and PageUp', () => {
    expect(presentingKeyAction(press('ArrowRight'))).toBe('next');
    expect(presentingKeyAction(press('PageDown'))).toBe('next');
    expect(presentingKeyAction(press('ArrowLeft'))).toBe('previous');
    expect(presentingKeyAction(press('PageUp'))).toBe('previous');
  });

  it('leaves with Escape, and with E (either case) for editing', () => {
    expect(presentingKeyAction(press('Escape'))).toBe('leave');
    expect(presentingKeyAction(press('e'))).toBe('edit');
    expect(presentingKeyAction(press('E', { shiftKey: true }))).toBe('edit');
  });

  it('leaves the up and down arrows to the view, which may scroll, and chords to their commands (Ctrl+E exports)', () => {
    expect(presentingKeyAction(press('ArrowDown'))).toBeNull();
    expect(presentingKeyAction(press('ArrowUp'))).toBeNull();
    expect(presentingKeyAction(press('e', { ctrlKey: true }))).toBeNull();
    expect(presentingKeyAction(press('e', { metaKey: true }))).toBeNull();
    expect(presentingKeyAction(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(presentingKeyAction(press('x'))).toBeNull();
  });
});

describe('stepping through the views', () => {
  const views = ['plan', 'board', 'roadmap'] as const;

  it('moves one view along in tab order', () => {
    expect(steppedView(views, 'plan', 1)).toBe('board');
    expect(steppedView(views, 'roadmap', -1)).toBe('board');
  });

  it('stops at either end instead of wrapping round', () => {
    expect(steppedView(views, 'roadmap', 1)).toBe('roadmap');
    expect(steppedView(views, 'plan', -1)).toBe('plan');
  });

  it('starts from the first view when the current one is not among them', () => {
    expect(steppedView<string>(views, 'elsewhere', 1)).toBe('plan');
  });
});
