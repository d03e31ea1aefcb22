import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';
import { cancelText, describePlace, dropText, itemName, namedItem, overText, pickUpText } from '../../../../renderer/board/announcements';
import { examplePlan } from '../fixtures';

const CHATBOT = 'AI-powered chatbot for website engagement';

function chatbotOf() {
  const plan = examplePlan();
  const chatbot = plan.applications.find((a) => a.title === CHATBOT)!;
  const objective = plan.objectives.find((o) => o.id === chatbot.objectiveId)!;
  const pillar = plan.pillars.find((p) => p.id === objective.pillarId)!;
  return { plan, chatbot, objective, pillar, item: { kind: 'application' as const, id: chatbot.id } };
}

afterEach(() => setActiveLocale('en'));

describe('what a screen reader hears, in the language the app shows', () => {
  it('names an item by its kind and title, and an untitled one as such', () => {
    expect(namedItem('objective', '  ')).toBe('objective “Untitled”');
    setActiveLocale('de');
    expect(namedItem('pillar', 'Kundengewinnung')).toBe('Säule „Kundengewinnung“');
    expect(namedItem('kpi', '')).toBe('KPI „Ohne Titel“');
    setActiveLocale('vi');
    expect(namedItem('application', 'Chatbot')).toBe('ứng dụng AI “Chatbot”');
  });

  it('says in German where a card is picked up from and where it would go', () => {
    const { plan, item, objective, pillar } = chatbotOf();
    setActiveLocale('de');
    expect(pickUpText(plan, item)).toBe(`KI-Anwendung „${CHATBOT}“ aufgenommen; bisherige Stelle: Ziel „${objective.title}“ in Säule „${pillar.title}“, Position 1 von 1.`);
    expect(overText(plan, item, null, true)).toBe(`KI-Anwendung „${CHATBOT}“ bleibt an der bisherigen Stelle, wenn Sie hier loslassen.`);
    expect(dropText(plan, item, null)).toContain('nichts hat sich geändert');
    expect(describePlace(plan, { kind: 'application', id: item.id, parentId: null, index: 0 })).toBe('die nicht zugeordneten Ideen, Position 1 von 1');
    expect(describePlace(plan, { kind: 'pillar', id: pillar.id, parentId: null, index: 1 })).toBe(`Position 2 von ${plan.pillars.length} unter den Säulen`);
  });

  it('says in Vietnamese that a move was cancelled, and where the item stays', () => {
    const { plan, item, objective } = chatbotOf();
    setActiveLocale('vi');
    expect(itemName(plan, { kind: 'objective', id: objective.id })).toBe(`mục tiêu “${objective.title}”`);
    expect(cancelText(plan, item)).toMatch(/^Đã hủy di chuyển; ứng dụng AI “.+” vẫn ở mục tiêu “.+” thuộc trụ cột “.+”, vị trí 1 trên 1\.$/);
  });
});
