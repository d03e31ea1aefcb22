import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n/use-t';
import { answerQuestion } from './plan-history-actions';
import { usePlanHistory } from './plan-history-store';

/** A yes/no question over the open dialog: delete a snapshot, or go on with plans that share no history. Cancel has the focus. */
export function QuestionDialog() {
  const t = useT();
  const question = usePlanHistory((s) => s.question);
  if (!question) return null;
  const texts =
    question.kind === 'delete'
      ? { title: t('planHistory.delete.title', { name: question.name }), message: t('planHistory.delete.message'), yes: t('planHistory.delete.confirm') }
      : {
          title: t('planHistory.unrelated.title'),
          message: question.purpose === 'compare' ? t('planHistory.unrelated.compare') : t('planHistory.unrelated.merge'),
          yes: question.purpose === 'compare' ? t('planHistory.unrelated.compareYes') : t('planHistory.unrelated.mergeYes'),
        };
  return (
    <ModalDialog title={texts.title} description={texts.message} block="history-question" onCancel={() => answerQuestion(false)}>
      <div className="history-question__actions">
        <button type="button" className="button" data-autofocus="" onClick={() => answerQuestion(false)}>
          {t('planHistory.cancel')}
        </button>
        <button type="button" className={question.kind === 'delete' ? 'button button--danger' : 'button button--primary'} onClick={() => answerQuestion(true)}>
          {texts.yes}
        </button>
      </div>
    </ModalDialog>
  );
}
