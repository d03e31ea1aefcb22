import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from '../../../../shared/i18n/locales';
import { MESSAGE_KEYS, catalogueOf } from '../../../../shared/i18n/translator';
import { en } from '../../../../shared/i18n/catalogues/en';

const ROOT = join(__dirname, '../../../..');
const SOURCE_FOLDERS = ['renderer', 'shared', 'electron'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every quoted string in the app's source that looks like a message key ('board.tray.title'). */
function quotedKeysInSource(): Set<string> {
  const found = new Set<string>();
  for (const file of SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)) found.add(match[1]!);
  }
  return found;
}

/** The argument names a message uses, plural and select branches included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe('message catalogues', () => {
  for (const locale of LOCALES) {
    it(`${locale}: has exactly the keys of the English catalogue, each a non-empty message`, () => {
      const catalogue = catalogueOf(locale);
      expect(Object.keys(catalogue).filter((key) => !Object.hasOwn(en, key))).toEqual([]);
      expect(MESSAGE_KEYS.filter((key) => !catalogue[key]?.trim())).toEqual([]);
    });

    it(`${locale}: every message parses as ICU and uses the same arguments as the English one`, () => {
      const catalogue = catalogueOf(locale);
      const mismatched = MESSAGE_KEYS.filter((key) => {
        const english = [...argumentsOf(parse(en[key]))].sort();
        const translated = [...argumentsOf(parse(catalogue[key] ?? ''))].sort();
        return english.join() !== translated.join();
      });
      expect(mismatched).toEqual([]);
    });
  }

  it('uses every key somewhere in the source (written out in full, so that this test can find it)', () => {
    const used = quotedKeysInSource();
    expect(MESSAGE_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });
});
