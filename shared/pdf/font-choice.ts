import { en } from '../i18n/catalogues/en';
import { de } from '../i18n/catalogues/de';
import { vi } from '../i18n/catalogues/vi';
import type { Locale } from '../i18n/locales';
import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import type { Plan } from '../model';
import { readFontCoverage, type FontCoverage } from './font-coverage';
import type { PdfFonts, PdfFontSet } from './pdf-document';
import { unsupportedCharactersWith, type UnsupportedCharacter } from './text-coverage';

/*
 * Which faces a board pack is set in (#18 §6). DejaVu Sans covers Latin, Greek and Cyrillic but no
 * Chinese or Japanese; BIZ UDPGothic (OFL, shipped in assets/fonts) covers Japanese kanji and kana,
 * Latin, Greek and Cyrillic, but not Vietnamese's stacked diacritics. A pack uses one set throughout
 * (a table cell can hold only one font): DejaVu, unless the plan writes characters DejaVu lacks and the
 * CJK set covers both the plan and the pack's own words in its language. Only the glyphs used are
 * embedded. What neither choice covers prints as a placeholder and is what `missingCharacters` lists.
 */

const CATALOGUES = { en, de, vi } as const;
/** The catalogue keys whose text the board pack prints (headings, labels, findings, advice). */
const PRINTED_KEY = /^(pdf|domain|governance|value|workshop)\.|\.pdf\./;
/** Marks the pack draws from code rather than the catalogue. */
const PACK_MARKS = '★●▲■○◐↑↓→←×–—·…“”‘’•◇◆';

const coverageCache = new WeakMap<Uint8Array, FontCoverage>();
export function coverageOf(font: Uint8Array): FontCoverage {
  let coverage = coverageCache.get(font);
  if (!coverage) {
    coverage = readFontCoverage(font);
    coverageCache.set(font, coverage);
  }
  return coverage;
}

const packCharacters = new Map<Locale, number[]>();
/** Every character the pack itself may print in `locale`. */
function charactersOfPack(locale: Locale): number[] {
  let chars = packCharacters.get(locale);
  if (!chars) {
    const set = new Set<number>();
    const add = (text: string) => {
      for (const ch of text) if (ch !== '\n' && ch !== ' ') set.add(ch.codePointAt(0)!);
    };
    for (const [key, value] of Object.entries(CATALOGUES[locale] as Record<string, string | undefined>)) if (value && PRINTED_KEY.test(key)) add(value);
    add(PACK_MARKS);
    add('0123456789');
    chars = [...set].sort((a, b) => a - b);
    packCharacters.set(locale, chars);
  }
  return chars;
}

const coversAll = (set: PdfFontSet, chars: Iterable<number>) => {
  const coverages = [coverageOf(set.regular), coverageOf(set.bold)];
  for (const cp of chars) if (!coverages.every((c) => c.has(cp))) return false;
  return true;
};

/** The face set the pack of `plan` in `locale` is printed in. */
export function choosePdfFontSet(plan: Plan, fonts: PdfFonts, locale: Locale, t: Translate = activeT): PdfFontSet {
  const base: PdfFontSet = { regular: fonts.regular, bold: fonts.bold };
  if (!fonts.cjk) return base;
  const lacking = unsupportedCharactersWith(plan, [coverageOf(base.regular), coverageOf(base.bold)], t);
  if (!lacking.length) return base;
  const cjk = fonts.cjk;
  const planChars = lacking.map((u) => u.char.codePointAt(0)!);
  return coversAll(cjk, planChars) && coversAll(cjk, charactersOfPack(locale)) ? cjk : base;
}

/**
 * The plan's characters the pack in `locale` cannot show, with where they are: what the export
 * dialog warns of and what `aiplan export` refuses without --allow-missing-glyphs.
 */
export function missingCharacters(plan: Plan, fonts: PdfFonts, locale: Locale, t: Translate = activeT): UnsupportedCharacter[] {
  const set = choosePdfFontSet(plan, fonts, locale, t);
  return unsupportedCharactersWith(plan, [coverageOf(set.regular), coverageOf(set.bold)], t);
}
