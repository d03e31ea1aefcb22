import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { captureIdea } from '../../store/workshop-actions';

/**
 * The one-line capture of ideas, problem first: a pain point or an opportunity, and, when the room
 * names it, the business problem it solves. Enter in either field adds the idea to the unaligned
 * tray, clears both and puts the focus back in the first for the next one.
 */
export function IdeaCapture({ onCaptured }: { onCaptured: (title: string) => void }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!captureIdea(title, problem)) return;
    onCaptured(title.trim());
    setTitle('');
    setProblem('');
    titleRef.current?.focus();
  };
  return (
    <div className="idea-capture">
      <div className="idea-capture__field">
        <label htmlFor={`${id}-title`} className="idea-capture__label">
          {t('workshopIdeas.capture.idea')}
        </label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          className="idea-capture__input"
          value={title}
          maxLength={500}
          placeholder={t('workshopIdeas.capture.ideaPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="idea-capture__field">
        <label htmlFor={`${id}-problem`} className="idea-capture__label">
          {t('workshopIdeas.capture.problem')}
        </label>
        <input
          id={`${id}-problem`}
          className="idea-capture__input"
          value={problem}
          maxLength={10_000}
          placeholder={t('workshopIdeas.capture.problemPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setProblem(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={`${id}-hint`} className="idea-capture__hint">
        {t('workshopIdeas.capture.hint')}
      </p>
    </div>
  );
}
