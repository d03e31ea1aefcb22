import type { OpContext, Plan } from '../model';
import { isLocale, type AnyLocale, type Locale } from '../i18n/locales';
import { translator } from '../i18n/translator';
import { addMonths } from '../roadmap/months';
import { addDecision, addParked, addParticipant, withDefaultAgenda } from '../workshop/workshop-ops';

/*
 * The example plan's off-site (#17): the default agenda, three people in the room, one question the
 * room parked and one decision taken about the chatbot, due in the pilot's first month so that a
 * team opening the example sees a decision with an owner and a date, not an empty panel.
 */
export function withExampleWorkshop(plan: Plan, { now, newId, locale }: OpContext & { locale?: AnyLocale }): Plan {
  // Pseudo-localisation writes the example in English, as the rest of the template does.
  const language: Locale = isLocale(locale) ? locale : 'en';
  const t = translator(language);
  const [chatbot] = plan.applications;
  if (!chatbot) return plan;
  const ctx = { now, newId, today: now.slice(0, 10) };

  let next = withDefaultAgenda(plan, newId);
  for (const name of [t('workshopDecisions.example.owner'), t('workshopDecisions.example.operations'), t('workshopDecisions.example.finance')])
    next = addParticipant(next, ctx, name).plan;
  next = addParked(next, ctx, t('workshopDecisions.example.parked')).plan;
  // The chatbot's pilot starts two months into the horizon; the decision is due mid-way through that month.
  return addDecision(next, ctx, {
    text: t('workshopDecisions.example.decision'),
    owner: chatbot.owner,
    due: `${addMonths(plan.meta.horizonStart, 2)}-15`,
    link: { kind: 'application', id: chatbot.id },
  }).plan;
}
