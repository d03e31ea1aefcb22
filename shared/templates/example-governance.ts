import type { OpContext, Plan } from '../model';
import { isLocale, type AnyLocale, type Locale } from '../i18n/locales';
import { translator } from '../i18n/translator';
import { addMonths } from '../roadmap/months';
import { addTool, setApplicationTools, setLiteracyMonth, setTriageAnswer } from '../governance/governance-ops';
import { seedRisks } from '../governance/risk-library';

/*
 * The example plan's governance (#16): every application triaged (the website chatbot is limited risk
 * with its transparency step in place), a small tools register with one tool still under review, the
 * staff AI-literacy step in the first pilot's month, and two risks seeded on the chatbot.
 */

interface ExampleToolText {
  name: string;
  vendor: string;
  notes: string;
}

interface ExampleGovernanceText {
  chatPlatform: ExampleToolText;
  assistant: ExampleToolText;
  publicChat: ExampleToolText;
}

const EXAMPLE_GOVERNANCE_TEXT: Record<Locale, ExampleGovernanceText> = {
  en: {
    chatPlatform: { name: 'Website chatbot platform', vendor: 'SaaS vendor, hosted in the EU', notes: 'Data processing agreement signed; training on our data switched off.' },
    assistant: { name: 'General AI assistant (business licence)', vendor: 'Office suite vendor', notes: 'Internal data only: no customer or staff personal data.' },
    publicChat: { name: 'Public AI chat (free tier)', vendor: 'Consumer AI service', notes: 'Staff asked for it. Public data only until the review is done.' },
  },
  de: {
    chatPlatform: { name: 'Chatbot-Plattform für die Website', vendor: 'SaaS-Anbieter, Hosting in der EU', notes: 'Auftragsverarbeitungsvertrag unterzeichnet; Training mit unseren Daten abgeschaltet.' },
    assistant: { name: 'Allgemeiner KI-Assistent (Business-Lizenz)', vendor: 'Anbieter der Office-Suite', notes: 'Nur interne Daten: keine personenbezogenen Kunden- oder Mitarbeiterdaten.' },
    publicChat: { name: 'Öffentlicher KI-Chat (Gratisversion)', vendor: 'KI-Dienst für Verbraucher', notes: 'Von Beschäftigten gewünscht. Bis zum Abschluss der Prüfung nur öffentliche Daten.' },
  },
  vi: {
    chatPlatform: { name: 'Nền tảng chatbot cho website', vendor: 'Nhà cung cấp SaaS, lưu trữ tại EU', notes: 'Đã ký thỏa thuận xử lý dữ liệu; đã tắt việc huấn luyện trên dữ liệu của chúng ta.' },
    assistant: { name: 'Trợ lý AI đa năng (giấy phép doanh nghiệp)', vendor: 'Nhà cung cấp bộ ứng dụng văn phòng', notes: 'Chỉ dữ liệu nội bộ: không có dữ liệu cá nhân của khách hàng hay nhân viên.' },
    publicChat: { name: 'Chat AI công cộng (bản miễn phí)', vendor: 'Dịch vụ AI cho người tiêu dùng', notes: 'Nhân viên đề nghị dùng. Chỉ dữ liệu công khai cho đến khi rà soát xong.' },
  },
};

/**
 * Adds the example's governance to the four-application example plan, whose applications come in
 * the order chatbot, order-entry automation, market-trend analysis, personalised customer service.
 */
export function withExampleGovernance(plan: Plan, { now, newId, locale }: OpContext & { locale?: AnyLocale }): Plan {
  // Pseudo-localisation writes the example in English, as the rest of the template does.
  const language: Locale = isLocale(locale) ? locale : 'en';
  const text = EXAMPLE_GOVERNANCE_TEXT[language];
  const [chatbot, orderEntry, trends, service] = plan.applications;
  if (!chatbot || !orderEntry || !trends || !service) return plan;
  const ctx = { now, newId };
  const start = plan.meta.horizonStart;

  const platform = addTool(plan, ctx, {
    ...text.chatPlatform,
    owner: chatbot.owner,
    status: 'approved',
    dataClasses: ['public', 'internal', 'customer-personal'],
    reviewDate: `${addMonths(start, 9)}-01`,
  });
  const assistant = addTool(platform.plan, ctx, {
    ...text.assistant,
    owner: orderEntry.owner,
    status: 'approved',
    dataClasses: ['public', 'internal'],
    reviewDate: `${addMonths(start, 12)}-01`,
  });
  let next = addTool(assistant.plan, ctx, { ...text.publicChat, status: 'under-review', dataClasses: ['public'], reviewDate: `${addMonths(start, 2)}-01` }).plan;

  const noPractice = { prohibited: 'no', annexArea: 'none', role: 'deployer' } as const;
  next = setTriageAnswer(next, chatbot.id, { ...noPractice, interactsWithPeople: 'yes', generatesContent: 'no', transparencyStep: true });
  next = setTriageAnswer(next, orderEntry.id, { ...noPractice, interactsWithPeople: 'no', generatesContent: 'no' });
  next = setTriageAnswer(next, trends.id, { ...noPractice, interactsWithPeople: 'no', generatesContent: 'no' });
  next = setTriageAnswer(next, service.id, { ...noPractice, interactsWithPeople: 'yes', generatesContent: 'yes', transparencyStep: true });

  next = setApplicationTools(next, chatbot.id, [platform.id]);
  next = setApplicationTools(next, orderEntry.id, [assistant.id]);
  next = setApplicationTools(next, trends.id, [assistant.id]);
  next = setApplicationTools(next, service.id, [platform.id]);

  // The first pilot (order entry) starts in the horizon's first month: staff training comes with it.
  next = setLiteracyMonth(next, start);
  return seedRisks(next, chatbot.id, ['wrong-output', 'data-leak'], ctx, translator(language));
}
