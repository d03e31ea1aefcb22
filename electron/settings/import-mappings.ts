import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../shared/spreadsheet/spreadsheet-types';

/*
 * The column mappings a person chose in the Import dialog (#19), remembered per header set so that
 * the monthly spreadsheet maps itself the next time. A short list, most recent first: a machine that
 * imported a hundred different sheets keeps the latest only.
 */

export interface RememberedMapping {
  key: string;
  mapping: ColumnMapping;
}

export const MAX_REMEMBERED_MAPPINGS = 30;
const MAX_KEY_LENGTH = 20_000;
const MAX_COLUMNS = 1000;
const FIELDS = new Set<string>(IMPORT_FIELDS);

/** A mapping read back from storage or sent by the renderer, or null when it is not one. */
export function validColumnMapping(value: unknown): ColumnMapping | null {
  if (!Array.isArray(value) || value.length > MAX_COLUMNS) return null;
  if (!value.every((cell) => cell === null || (typeof cell === 'string' && FIELDS.has(cell)))) return null;
  return value as (ImportField | null)[];
}

const validKey = (key: unknown): key is string => typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH;

/** The list read back from storage, cleaned: valid entries only, one per key, capped. */
export function validRememberedMappings(value: unknown): RememberedMapping[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const kept: RememberedMapping[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { key, mapping } = item as Record<string, unknown>;
    const valid = validColumnMapping(mapping);
    if (!validKey(key) || !valid || seen.has(key)) continue;
    seen.add(key);
    kept.push({ key, mapping: valid });
    if (kept.length === MAX_REMEMBERED_MAPPINGS) break;
  }
  return kept;
}

/** Puts the mapping for `key` first, replacing an earlier one and dropping the oldest beyond the cap. */
export function withRememberedMapping(list: unknown, key: string, mapping: ColumnMapping): RememberedMapping[] {
  const valid = validColumnMapping(mapping);
  const cleaned = validRememberedMappings(list);
  if (!validKey(key) || !valid) return cleaned;
  return validRememberedMappings([{ key, mapping: valid }, ...cleaned.filter((entry) => entry.key !== key)]);
}

export function rememberedMappingOf(list: unknown, key: string): ColumnMapping | null {
  return validRememberedMappings(list).find((entry) => entry.key === key)?.mapping ?? null;
}
