import { ModalDialog } from '../components/ModalDialog';
import { usePrompt } from './prompt-store';
import { useT } from '../i18n/use-t';

/** Shows the question asked through prompt-store's `ask`, if any, and reports the answer. */
export function PromptHost() {
  const prompt = usePrompt();
  const t = useT();
  if (!prompt) return null;
  return (
    <ModalDialog key={prompt.title} title={prompt.title} description={prompt.message} className="modal-dialog prompt-dialog" onCancel={() => prompt.answer(prompt.cancel)}>
      {prompt.details && prompt.details.length > 0 && (
        <>
          <h3 className="alert-dialog__details-title">{t('recovery.details')}</h3>
          <ul className="alert-dialog__details">
            {prompt.details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        </>
      )}
      <div className="alert-dialog__actions modal-dialog__actions">
        {prompt.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={`button${choice.primary ? ' button--primary' : ''}`}
            data-autofocus={choice.primary ? '' : undefined}
            onClick={() => prompt.answer(choice.id)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </ModalDialog>
  );
}
