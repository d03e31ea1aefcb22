import type { ItemChange, PlanItem } from '../../../shared/history/history-types';
import type { AnyLocale } from '../../../shared/i18n/locales';
import type { Translate } from '../../../shared/i18n/translator';
import { CHANGE_KIND_KEYS, ITEM_KIND_KEYS, fieldLabel, valueText } from '../../../shared/history/change-labels';
import { parentLabel, type ChangeGroup } from './compare-groups';

interface Props {
  groups: ChangeGroup[];
  before: Map<string, PlanItem>;
  after: Map<string, PlanItem>;
  t: Translate;
  locale: AnyLocale;
}

/** The changes, a section per pillar; each item with its kinds of change and its fields before → after. */
export function ChangeGroups({ groups, before, after, t, locale }: Props) {
  return (
    <>
      {groups.map((group) => {
        const title = group.label ?? t('planHistory.compare.plan');
        return (
          <section key={group.pillarKey ?? ''} className="change-group" aria-label={title}>
            <h3 className="change-group__title">
              {title} <span className="change-group__count">{t('planHistory.compare.groupCount', { count: group.items.length })}</span>
            </h3>
            <ul className="change-group__items">
              {group.items.map((item) => (
                <ChangeRow key={item.key} item={item} before={before} after={after} t={t} locale={locale} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function ChangeRow({ item, before, after, t, locale }: { item: ItemChange; before: Map<string, PlanItem>; after: Map<string, PlanItem>; t: Translate; locale: AnyLocale }) {
  const movedAcross = item.changes.includes('moved') && item.parentBefore !== item.parentAfter;
  // An added item's every field is new: its name says enough. A changed or rescheduled one lists what changed.
  const fields = item.changes.includes('added') ? [] : item.fields;
  return (
    <li className="change-row" aria-label={item.label}>
      <div className="change-row__head">
        <span className="change-row__kind">{t(ITEM_KIND_KEYS[item.kind])}</span>
        <span className="change-row__label">{item.label}</span>
        {item.changes.map((change) => (
          <span key={change} className={`change-badge change-badge--${change}`}>
            {t(CHANGE_KIND_KEYS[change])}
          </span>
        ))}
      </div>
      {movedAcross && (
        <p className="change-row__moved">
          {t('planHistory.compare.movedFrom', {
            from: parentLabel(item.parentBefore, before, after) ?? t('planHistory.compare.nowhere'),
            to: parentLabel(item.parentAfter, before, after) ?? t('planHistory.compare.nowhere'),
          })}
        </p>
      )}
      {fields.length > 0 && (
        <table className="change-fields">
          <thead>
            <tr>
              <th scope="col">{t('planHistory.compare.field')}</th>
              <th scope="col">{t('planHistory.compare.before')}</th>
              <th scope="col">{t('planHistory.compare.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.path}>
                <th scope="row">{fieldLabel(field.path, t)}</th>
                <td className="change-fields__before">{valueText(field.before, field.path, t, locale)}</td>
                <td className="change-fields__after">{valueText(field.after, field.path, t, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
