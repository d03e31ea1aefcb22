import { useId, useState, type FormEvent } from 'react';
import { VOTING_MODES, WORKSHOP_CAPS } from '../../../shared/schema/workshop-schema';
import type { MessageKey } from '../../../shared/i18n/translator';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { setVoting } from '../../store/workshop-actions';
import { selectVoting } from './voting-selectors';

const MODE_LABELS: Record<(typeof VOTING_MODES)[number], MessageKey> = {
  dots: 'workshopVoting.options.modeDots',
  scores: 'workshopVoting.options.modeScores',
};

/** A whole number of dots in range, or null: anything else is refused with the reason and commits nothing. */
function parseDots(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= WORKSHOP_CAPS.dotsPerPerson ? n : null;
}

/** Dots per person: typed, checked, committed on Enter or on leaving the field. Keyed by the value, so an undo shows through. */
function DotsPerPerson({ value }: { value: number }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const dots = parseDots(draft);
    setInvalid(dots === null);
    if (dots !== null && dots !== value) setVoting({ dotsPerPerson: dots });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit();
  };
  return (
    <form className="voting-field" onSubmit={onSubmit}>
      <label htmlFor={id} className="voting-field__label">
        {t('workshopVoting.options.dotsPerPerson')}
      </label>
      <input
        id={id}
        className="voting-field__number"
        inputMode="numeric"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
      {invalid && (
        <p id={`${id}-error`} className="voting-note voting-note--caution" role="alert">
          {t('workshopVoting.options.dotsInvalid', { max: WORKSHOP_CAPS.dotsPerPerson })}
        </p>
      )}
    </form>
  );
}

/** How the room votes: dots or scores, dots per person, and whether ballots are secret until the reveal. */
export function VotingOptions() {
  const t = useT();
  const voting = usePlanner(selectVoting);
  const id = useId();
  if (!voting) return null;
  return (
    <section className="voting-block" aria-labelledby={`${id}-title`} data-testid="voting-options">
      <h3 id={`${id}-title`} className="voting-block__title">
        {t('workshopVoting.options.title')}
      </h3>
      <fieldset className="voting-choice">
        <legend className="voting-field__label">{t('workshopVoting.options.mode')}</legend>
        {VOTING_MODES.map((mode) => (
          <label key={mode} className="voting-choice__option">
            <input type="radio" name={`${id}-mode`} value={mode} checked={voting.mode === mode} onChange={() => setVoting({ mode })} />
            <span>{t(MODE_LABELS[mode])}</span>
          </label>
        ))}
      </fieldset>
      {voting.mode === 'dots' && <DotsPerPerson key={voting.dotsPerPerson} value={voting.dotsPerPerson} />}
      <label className="voting-choice__option voting-choice__option--check">
        <input type="checkbox" checked={voting.secret} onChange={(e) => setVoting({ secret: e.target.checked })} />
        <span>
          {t('workshopVoting.options.secret')}
          <span className="voting-choice__hint">{t('workshopVoting.options.secretHint')}</span>
        </span>
      </label>
    </section>
  );
}
