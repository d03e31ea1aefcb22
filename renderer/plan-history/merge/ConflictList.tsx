import { useId } from 'react';
import type { ConflictChoice, MergeConflict } from '../../../shared/history/history-types';
import { useLocale, useT } from '../../i18n/use-t';
import { CONFLICT_KIND_KEYS, ITEM_KIND_KEYS, fieldLabel, valueText } from '../../../shared/history/change-labels';
import { setConflictChoice, setItemChoices } from './merge-actions';

/** The conflicts of one item, each with its index in the merge result's list. */
interface ItemConflicts {
  key: string;
  first: MergeConflict;
  entries: { conflict: MergeConflict; index: number }[];
}

function byItem(conflicts: readonly MergeConflict[]): ItemConflicts[] {
  const items = new Map<string, ItemConflicts>();
  conflicts.forEach((conflict, index) => {
    const item = items.get(conflict.key);
    if (item) item.entries.push({ conflict, index });
    else items.set(conflict.key, { key: conflict.key, first: conflict, entries: [{ conflict, index }] });
  });
  return [...items.values()];
}

/** Each conflicting item, its fields side by side (base, mine, theirs), mine or theirs chosen per field or for the whole item. */
export function ConflictList({ conflicts, choices }: { conflicts: readonly MergeConflict[]; choices: readonly ConflictChoice[] }) {
  const t = useT();
  if (conflicts.length === 0) return null;
  return (
    <ul className="conflict-list" aria-label={t('planHistory.merge.conflictList')}>
      {byItem(conflicts).map((item) => (
        <li key={item.key} className="conflict-item" aria-label={item.first.label}>
          <div className="conflict-item__head">
            <span className="change-row__kind">{t(ITEM_KIND_KEYS[item.first.kind])}</span>
            <span className="conflict-item__label">{item.first.label}</span>
            <span className="conflict-item__all">
              <button type="button" className="button" onClick={() => setItemChoices(item.key, 'ours')}>
                {t('planHistory.merge.mineAll')}
              </button>
              <button type="button" className="button" onClick={() => setItemChoices(item.key, 'theirs')}>
                {t('planHistory.merge.theirsAll')}
              </button>
            </span>
          </div>
          <table className="conflict-fields">
            <thead>
              <tr>
                <th scope="col">{t('planHistory.compare.field')}</th>
                <th scope="col">{t('planHistory.merge.base')}</th>
                <th scope="col">{t('planHistory.merge.mine')}</th>
                <th scope="col">{t('planHistory.merge.theirsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {item.entries.map(({ conflict, index }) => (
                <ConflictRow key={index} conflict={conflict} index={index} choice={choices[index] ?? 'ours'} />
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}

function ConflictRow({ conflict, index, choice }: { conflict: MergeConflict; index: number; choice: ConflictChoice }) {
  const t = useT();
  const locale = useLocale();
  const name = useId();
  const field = fieldLabel(conflict.path, t);
  const side = (value: ConflictChoice, content: unknown, heading: string) => (
    <td className={`conflict-fields__side${choice === value ? ' conflict-fields__side--chosen' : ''}`}>
      <label className="conflict-choice">
        <input type="radio" name={name} value={value} checked={choice === value} onChange={() => setConflictChoice(index, value)} />
        <span>
          <span className="visually-hidden">{`${heading}: `}</span>
          {valueText(content, conflict.path, t, locale)}
        </span>
      </label>
    </td>
  );
  return (
    <tr>
      <th scope="row">
        {field}
        {conflict.conflict !== 'field' && <span className="conflict-fields__why">{t(CONFLICT_KIND_KEYS[conflict.conflict])}</span>}
      </th>
      <td className="conflict-fields__base">{valueText(conflict.base, conflict.path, t, locale)}</td>
      {side('ours', conflict.ours, t('planHistory.merge.mine'))}
      {side('theirs', conflict.theirs, t('planHistory.merge.theirsColumn'))}
    </tr>
  );
}
