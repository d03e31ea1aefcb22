import { useId, useMemo, useState } from 'react';
import { categoryLabel } from '../../../shared/labels';
import { USE_CASES, searchUseCases, groupByFunction } from '../../../shared/workshop/use-case-library';
import { useT } from '../../i18n/use-t';
import { UseCaseCard } from './UseCaseCard';

/** The library browser: a search over title, problem and business function, and the entries grouped by function. */
export function UseCaseLibrary({ onAdd }: { onAdd: (key: string) => void }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupByFunction(searchUseCases(query, t)), [query, t]);
  const shown = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <section className="use-case-library" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="use-case-library__title">
        {t('workshopIdeas.library.title')}
      </h3>
      <p className="use-case-library__lead">{t('workshopIdeas.library.lead')}</p>
      <div className="use-case-library__search">
        <label htmlFor={`${id}-search`} className="idea-capture__label">
          {t('workshopIdeas.library.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="idea-capture__input"
          value={query}
          placeholder={t('workshopIdeas.library.searchPlaceholder')}
          aria-describedby={`${id}-count`}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id={`${id}-count`} className="use-case-library__count" aria-live="polite">
          {t('workshopIdeas.library.count', { shown, total: USE_CASES.length })}
        </p>
      </div>
      {shown === 0 && <p className="use-case-library__none">{t('workshopIdeas.library.none', { query: query.trim() })}</p>}
      {groups.map((group) => (
        <section key={group.category} className="use-case-group" aria-labelledby={`${id}-${group.category}`}>
          <h4 id={`${id}-${group.category}`} className="use-case-group__title">
            {categoryLabel(group.category, t)} <span className="use-case-group__count">({group.entries.length})</span>
          </h4>
          <ul className="use-case-group__list">
            {group.entries.map((u) => (
              <UseCaseCard key={u.key} useCaseKey={u.key} onAdd={onAdd} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
