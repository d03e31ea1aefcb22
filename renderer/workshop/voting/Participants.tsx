import { memo, useId, useState, type FormEvent } from 'react';
import { WORKSHOP_CAPS } from '../../../shared/schema/workshop-schema';
import { EditableText } from '../../components/EditableText';
import { useT } from '../../i18n/use-t';
import { usePlanner } from '../../store/store';
import { addParticipant, renameParticipant } from '../../store/workshop-actions';
import { removePerson } from './voting-commands';
import { selectParticipants } from './voting-selectors';

const ParticipantRow = memo(function ParticipantRow({ id, name }: { id: string; name: string }) {
  const t = useT();
  const shown = name.trim() || t('workshopVoting.people.unnamed');
  return (
    <li className="voting-people__row" data-testid="participant">
      <EditableText className="voting-people__name" value={name} label={t('workshopVoting.people.nameLabel')} onCommit={(text) => renameParticipant(id, text)} />
      <button type="button" className="voting-people__remove" aria-label={t('workshopVoting.people.remove', { name: shown })} title={t('workshopVoting.people.remove', { name: shown })} onClick={() => removePerson(id, shown)}>
        <span aria-hidden="true">✕</span>
      </button>
    </li>
  );
});

/** The people in the room, added by name one after another (Enter, next), renamed in place, removed with their votes. */
export function Participants() {
  const t = useT();
  const participants = usePlanner(selectParticipants);
  const [name, setName] = useState('');
  const [refused, setRefused] = useState(false);
  const fieldId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const added = addParticipant(name);
    setRefused(added === null);
    if (added) setName('');
  };
  return (
    <section className="voting-block" aria-labelledby={`${fieldId}-title`} data-testid="voting-participants">
      <h3 id={`${fieldId}-title`} className="voting-block__title">
        {t('workshopVoting.people.title', { count: participants.length })}
      </h3>
      <form className="voting-add" onSubmit={add}>
        <label className="voting-add__label" htmlFor={fieldId}>
          {t('workshopVoting.people.addLabel')}
        </label>
        <div className="voting-add__row">
          <input
            id={fieldId}
            className="voting-add__input"
            value={name}
            maxLength={500}
            placeholder={t('workshopVoting.people.placeholder')}
            aria-describedby={refused ? `${fieldId}-refused` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            {t('workshopVoting.people.add')}
          </button>
        </div>
        {refused && (
          <p id={`${fieldId}-refused`} className="voting-note voting-note--caution" role="alert">
            {t('workshopVoting.people.full', { max: WORKSHOP_CAPS.participants })}
          </p>
        )}
      </form>
      {participants.length === 0 ? (
        <p className="voting-note">{t('workshopVoting.people.none')}</p>
      ) : (
        <ul className="voting-people">
          {participants.map((p) => (
            <ParticipantRow key={p.id} id={p.id} name={p.name} />
          ))}
        </ul>
      )}
    </section>
  );
}
