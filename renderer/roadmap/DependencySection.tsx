import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { addDependency, removeDependency } from '../store/roadmap-actions';
import { usePlanner } from '../store/store';

/**
 * Finish-to-start dependencies of one application: what it builds on and what builds on it, with
 * a picker to add one. Shown in the detail panel and in the roadmap's side panel.
 */
export function DependencySection({ id }: { id: string }) {
  const pickerId = useId();
  const t = useT();
  const titles = usePlanner(useShallow((s) => (s.plan ? s.plan.applications.map((a) => `${a.id}\u0000${a.title}`) : [])));
  const dependencies = usePlanner((s) => s.plan?.roadmap.dependencies);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!dependencies) return null;
  const titleOf = new Map(titles.map((entry) => entry.split('\u0000') as [string, string]));
  const name = (appId: string) => titleOf.get(appId) || t('roadmap.untitled.application');
  const buildsOn = dependencies.filter((d) => d.toId === id);
  const followedBy = dependencies.filter((d) => d.fromId === id);
  const candidates = [...titleOf.keys()].filter((other) => other !== id && !buildsOn.some((d) => d.fromId === other));

  const add = () => {
    if (!choice) return;
    const result = addDependency(choice, id);
    setMessage(result.ok ? null : result.message);
    if (result.ok) setChoice('');
  };

  return (
    <div className="dependencies" data-testid="dependency-section">
      <h4 className="dependencies__heading">{t('roadmap.dependencies.buildsOn')}</h4>
      {buildsOn.length === 0 ? (
        <p className="dependencies__none">{t('roadmap.dependencies.none')}</p>
      ) : (
        <ul className="dependencies__list">
          {buildsOn.map((d) => (
            <li key={d.id} className="dependencies__item">
              <span>{name(d.fromId)}</span>
              <button type="button" className="button button--small" onClick={() => removeDependency(d.id)} aria-label={t('roadmap.dependencies.removeOn', { title: name(d.fromId) })}>
                {t('roadmap.dependencies.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {followedBy.length > 0 && (
        <>
          <h4 className="dependencies__heading">{t('roadmap.dependencies.followedBy')}</h4>
          <ul className="dependencies__list">
            {followedBy.map((d) => (
              <li key={d.id} className="dependencies__item">
                <span>{name(d.toId)}</span>
                <button type="button" className="button button--small" onClick={() => removeDependency(d.id)} aria-label={t('roadmap.dependencies.removeOf', { title: name(d.toId) })}>
                  {t('roadmap.dependencies.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dependencies__add">
        <label htmlFor={pickerId} className="dependencies__label">
          {t('roadmap.dependencies.startsAfter')}
        </label>
        <select id={pickerId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t('roadmap.dependencies.choose')}</option>
          {candidates.map((other) => (
            <option key={other} value={other}>
              {name(other)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={add} disabled={!choice}>
          {t('roadmap.dependencies.add')}
        </button>
      </div>
      {message && (
        <p className="dependencies__refusal" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
