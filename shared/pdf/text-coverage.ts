import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import { kindLabel } from '../labels';
import type { Plan } from '../model';
import { READINESS_KEYS } from '../schema/plan-schema';
import { isInvisibleFormatting, readFontCoverage, type FontCoverage } from './font-coverage';
import { READINESS_LABELS } from './readiness-labels';

/** Where a piece of the plan's text sits, in words a person can follow to fix it. */
export interface TextLocation {
  /** The item to jump to, or null for plan-wide text (title, guiding questions, readiness). */
  item: { kind: string; id: string } | null;
  /** The item's title, or the name of the plan-wide part ("Plan title", "Guiding questions"). */
  itemTitle: string;
  /** The field, in words: "title", "owner", "unit", "answer to ‘Business goals’". */
  field: string;
}

export interface UnsupportedCharacter {
  char: string;
  /** "U+6771" */
  codePoint: string;
  /** How many times it occurs in the printed text. */
  count: number;
  /** The first places it occurs (at most 20). */
  locations: TextLocation[];
}

const MAX_LOCATIONS = 20;

/** Every piece of plan text the PDF prints, with where it comes from, in t's language (the app's by default). */
export function* printedPlanText(plan: Plan, t: Translate = activeT): Generator<{ text: string; location: TextLocation }> {
  const planWide = (itemTitle: string, field: string, text: string) => ({ text, location: { item: null, itemTitle, field } });
  const [title, owner] = [t('pdf.coverage.field.title'), t('pdf.coverage.field.owner')];
  const planName = t('pdf.coverage.plan');
  yield planWide(planName, title, plan.meta.title);
  yield planWide(planName, t('pdf.coverage.field.organisation'), plan.meta.organisation);
  const q = plan.guidingQuestions;
  const guiding = t('pdf.coverage.guidingQuestions');
  yield planWide(guiding, t('pdf.coverage.field.businessGoals'), q.businessGoals);
  yield planWide(guiding, t('pdf.coverage.field.aiContribution'), q.aiContribution);
  yield planWide(guiding, t('pdf.coverage.field.technologyFit'), q.technologyFit);
  yield planWide(guiding, t('pdf.coverage.field.roiMeasurement'), q.roiMeasurement);
  for (const p of plan.pillars) yield { text: p.title, location: { item: { kind: 'pillar', id: p.id }, itemTitle: p.title, field: title } };
  for (const o of plan.objectives) yield { text: o.title, location: { item: { kind: 'objective', id: o.id }, itemTitle: o.title, field: title } };
  for (const a of plan.applications) {
    const item = { kind: 'application', id: a.id };
    yield { text: a.title, location: { item, itemTitle: a.title, field: title } };
    yield { text: a.owner, location: { item, itemTitle: a.title, field: owner } };
  }
  for (const k of plan.kpis) {
    const item = { kind: 'kpi', id: k.id };
    yield { text: k.name, location: { item, itemTitle: k.name, field: t('pdf.coverage.field.name') } };
    yield { text: k.unit, location: { item, itemTitle: k.name, field: t('pdf.coverage.field.unit') } };
    yield { text: k.owner, location: { item, itemTitle: k.name, field: owner } };
    yield { text: k.source, location: { item, itemTitle: k.name, field: t('pdf.coverage.field.source') } };
  }
  for (const m of plan.roadmap.milestones) yield { text: m.title, location: { item: { kind: 'milestone', id: m.id }, itemTitle: m.title, field: title } };
  const r = plan.readiness;
  const readiness = t('pdf.coverage.readiness');
  yield planWide(readiness, t('pdf.coverage.field.vision'), r.vision);
  yield planWide(readiness, t('pdf.coverage.field.usesToAvoid'), r.usesToAvoid);
  yield planWide(readiness, t('pdf.coverage.field.aiLead'), r.aiLead);
  for (const key of READINESS_KEYS) yield planWide(readiness, t('pdf.coverage.field.noteOn', { statement: t(READINESS_LABELS[key].statement) }), r.items[key].note);
  for (const ack of plan.acknowledgements) yield planWide(t('pdf.coverage.acceptedFindings'), t('pdf.coverage.field.note'), ack.note);
}

/**
 * The characters of the plan's printed text that the embedded font(s) cannot show, in order of
 * first appearance, each with where it occurs. Pass the regular and the bold font to check both.
 */
export function unsupportedCharacters(plan: Plan, fontBytes: Uint8Array | readonly Uint8Array[], t: Translate = activeT): UnsupportedCharacter[] {
  const coverages = (fontBytes instanceof Uint8Array ? [fontBytes] : fontBytes).map(readFontCoverage);
  return unsupportedCharactersWith(plan, coverages, t);
}

export function unsupportedCharactersWith(plan: Plan, coverages: readonly FontCoverage[], t: Translate = activeT): UnsupportedCharacter[] {
  const found = new Map<string, UnsupportedCharacter>();
  for (const { text, location } of printedPlanText(plan, t)) {
    if (!text) continue;
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x20 || isInvisibleFormatting(cp) || cp === 0x2028 || cp === 0x2029) continue;
      if (coverages.every((c) => c.has(cp))) continue;
      let entry = found.get(ch);
      if (!entry) {
        entry = { char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, count: 0, locations: [] };
        found.set(ch, entry);
      }
      entry.count++;
      // One location per field, however often the character repeats in it.
      if (entry.locations.at(-1) !== location && entry.locations.length < MAX_LOCATIONS) entry.locations.push(location);
    }
  }
  return [...found.values()];
}

/** One line per character for a message or the command line: `東 (U+6771) in AI application “Tokyo office” (title)`. */
export function describeUnsupportedCharacters(list: readonly UnsupportedCharacter[], t: Translate = activeT): string[] {
  return list.map((u) => {
    const places = u.locations
      .slice(0, 3)
      .map((l) => t('pdf.coverage.place', { where: l.item ? t('pdf.coverage.item', { kind: kindLabel(l.item.kind, t), title: l.itemTitle }) : l.itemTitle, field: l.field }))
      .join('; ');
    const more = u.locations.length > 3 ? t('pdf.coverage.more', { count: u.locations.length - 3 }) : '';
    return t('pdf.coverage.line', { char: u.char, codePoint: u.codePoint, places, more });
  });
}
