import type { ReactElement, ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportLocale, setExportLocale } from '../../../../renderer/export/export-actions';
import { exportStore, resetExportStore } from '../../../../renderer/export/export-store';
import { messageWithNodes } from '../../../../renderer/export/message-nodes';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';
import { translator } from '../../../../shared/i18n/translator';

describe('the board pack’s language', () => {
  afterEach(() => {
    setActiveLocale('en');
    resetExportStore();
  });

  it('is the app’s language until one is chosen, then stays chosen whatever the app shows', () => {
    setActiveLocale('de');
    expect(exportLocale()).toBe('de');
    setExportLocale('vi');
    setActiveLocale('en');
    expect(exportLocale()).toBe('vi');
    expect(exportStore.getState().choices.locale).toBe('vi');
  });

  it('is English under pseudo-localisation, and ignores a language the app does not speak', () => {
    setActiveLocale('en-XA');
    expect(exportLocale()).toBe('en');
    setExportLocale('fr');
    expect(exportStore.getState().choices.locale).toBeNull();
  });
});

describe('messageWithNodes', () => {
  const shown = (parts: ReactNode[]) => parts.map((part) => (typeof part === 'string' ? part : `<${(part as ReactElement<{ children: string }>).props.children}>`)).join('');

  it('puts each node where the translation places it', () => {
    expect(shown(messageWithNodes(translator('en'), 'export.savedIn', { file: 'F', folder: 'D' }))).toBe('Saved <F> in <D>');
    expect(shown(messageWithNodes(translator('de'), 'export.savedIn', { file: 'F', folder: 'D' }))).toBe('<F> in <D> gespeichert');
  });
});
