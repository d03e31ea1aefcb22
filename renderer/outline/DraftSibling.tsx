import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ItemRef } from '../../shared/model';
import { addSiblingAfter } from '../store/plan-actions';
import { plannerStore } from '../store/store';
import { useT } from '../i18n/use-t';
import type { TitledKind } from './edit-keys';

const LABEL_KEYS = {
  pillar: 'outline.pillar.titleLabel',
  objective: 'outline.objective.titleLabel',
  application: 'outline.application.titleLabel',
  kpi: 'outline.kpi.nameLabel',
} as const;

const PLACEHOLDER_KEYS = {
  pillar: 'app.newItem.pillar',
  objective: 'app.newItem.objective',
  application: 'app.newItem.application',
  kpi: 'app.newItem.kpi',
} as const;

const TAG_KEYS = {
  objective: 'outline.objective.tag',
  application: 'outline.application.tag',
  kpi: 'outline.kpi.tag',
} as const;

/**
 * The title field of a sibling that does not exist yet, right after `after`: it joins the plan only
 * when its title is committed (one undo step for both), so an abandoned one leaves no trace.
 * Enter adds it and opens the next; Enter on an empty field or Escape drops it.
 */
export function DraftSibling({ after, kind, pillarNumber }: { after: ItemRef; kind: TitledKind; pillarNumber?: number }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const finished = useRef(false);

  useLayoutEffect(() => {
    inputRef.current?.focus();
  }, []);

  const finish = (reason: 'enter' | 'escape' | 'blur') => {
    if (finished.current) return;
    finished.current = true;
    const title = draft.trim();
    const store = plannerStore.getState();
    if (reason === 'escape' || title === '') {
      // Back to the item the draft followed, so the keyboard does not lose its place.
      const previous = itemRef.current?.previousElementSibling?.querySelector<HTMLElement>('.editable[role="button"]');
      store.startDraftSibling(null);
      if (reason !== 'blur') previous?.focus();
      return;
    }
    const id = addSiblingAfter(after, title);
    store.startDraftSibling(reason === 'enter' && id ? { kind: after.kind, id } : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      finish('enter');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish('escape');
    }
  };

  const input = (
    <span className="editable editable--editing outline-draft__title">
      <input
        ref={inputRef}
        className="editable__input"
        aria-label={t(LABEL_KEYS[kind])}
        aria-description={t('outline.draft.keyHint')}
        placeholder={t(PLACEHOLDER_KEYS[kind])}
        value={draft}
        maxLength={500}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish('blur')}
      />
    </span>
  );
  const tag = (
    <span className={`level-tag level-tag--${kind}`}>
      {kind === 'pillar' ? t('outline.pillar.tag', { number: pillarNumber ?? 0 }) : t(TAG_KEYS[kind])}
    </span>
  );
  return (
    <li ref={itemRef} className={`outline-draft outline-draft--${kind}`} data-testid="outline-draft" onClick={(e) => e.stopPropagation()}>
      {kind === 'kpi' ? (
        <>
          {tag}
          {input}
        </>
      ) : (
        <div className={`${kind}__head`}>
          {tag}
          {input}
        </div>
      )}
    </li>
  );
}
