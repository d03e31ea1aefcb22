import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_MAPPINGS, rememberedMappingOf, validRememberedMappings, withRememberedMapping } from '../../../../electron/settings/import-mappings';
import { createMemorySettings } from '../../../../electron/settings/settings';

describe('column mappings remembered per header set', () => {
  it('keeps the latest mapping of a header set first, replacing the earlier one', () => {
    let list = withRememberedMapping([], 'a|b', ['pillar', null]);
    list = withRememberedMapping(list, 'c|d', ['application', 'kpi']);
    list = withRememberedMapping(list, 'a|b', ['pillar', 'owner']);
    expect(list).toEqual([
      { key: 'a|b', mapping: ['pillar', 'owner'] },
      { key: 'c|d', mapping: ['application', 'kpi'] },
    ]);
  });

  it(`keeps the ${MAX_REMEMBERED_MAPPINGS} most recent header sets only`, () => {
    let list: unknown = [];
    for (let i = 0; i <= MAX_REMEMBERED_MAPPINGS; i++) list = withRememberedMapping(list, `sheet ${i}`, ['application']);
    const kept = validRememberedMappings(list);
    expect(kept).toHaveLength(MAX_REMEMBERED_MAPPINGS);
    expect(kept[0]!.key).toBe(`sheet ${MAX_REMEMBERED_MAPPINGS}`);
    expect(rememberedMappingOf(list, 'sheet 0')).toBeNull();
  });

  it('drops what a hand-edited settings file holds that is not a mapping of known fields', () => {
    const stored = [
      { key: 'ok', mapping: ['pillar', null] },
      { key: 'unknown field', mapping: ['pillar', 'salary'] },
      { key: '', mapping: ['pillar'] },
      { key: 'not a list', mapping: 'pillar' },
      'nonsense',
      { key: 'ok', mapping: ['kpi'] },
    ];
    expect(validRememberedMappings(stored)).toEqual([{ key: 'ok', mapping: ['pillar', null] }]);
    expect(validRememberedMappings({ key: 'ok' })).toEqual([]);
  });

  it('lives in the machine’s settings beside the display preferences', () => {
    const settings = createMemorySettings();
    expect(settings.getImportMapping('pillar|objective')).toBeNull();
    settings.setImportMapping('pillar|objective', ['pillar', 'objective']);
    expect(settings.getImportMapping('pillar|objective')).toEqual(['pillar', 'objective']);
  });
});
