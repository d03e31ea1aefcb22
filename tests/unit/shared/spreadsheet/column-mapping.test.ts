import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, guessMapping, headerSetKey, normaliseHeader } from '../../../../shared/spreadsheet/column-mapping';
import { IMPORT_FIELDS } from '../../../../shared/spreadsheet/spreadsheet-types';

describe('guessMapping', () => {
  it('reads the seed table headers and every header export writes', () => {
    expect(guessMapping(['Strategic Pillar', 'Business Objective', 'AI Application', 'Key Performance Indicator'])).toEqual(['pillar', 'objective', 'application', 'kpi']);
    expect(guessMapping(IMPORT_FIELDS.map((field) => EXPORT_HEADERS[field]))).toEqual([...IMPORT_FIELDS]);
  });

  it('matches case, spacing, punctuation and accents loosely, and knows common synonyms', () => {
    expect(guessMapping([' PILLAR ', 'objective:', 'AI use-case', 'Metric', 'owner', 'Pilot  start', 'KPI_unit', 'Baseline (%)'])).toEqual([
      'pillar',
      'objective',
      'application',
      'kpi',
      'owner',
      'pilotStart',
      'kpiUnit',
      'baseline',
    ]);
    expect(guessMapping(['Use case', 'Measure', 'Application', 'Target'])).toEqual(['application', 'kpi', null, 'target']);
  });

  it('knows the everyday German and Vietnamese words', () => {
    expect(guessMapping(['Säule', 'Ziel', 'Anwendungsfall', 'Kennzahl', 'Zielwert'])).toEqual(['pillar', 'objective', 'application', 'kpi', 'target']);
    expect(guessMapping(['Trụ cột', 'Mục tiêu', 'Ứng dụng AI', 'Chỉ số'])).toEqual(['pillar', 'objective', 'application', 'kpi']);
  });

  it('ignores unknown headers, empty headers and a second column naming a field already taken', () => {
    expect(guessMapping(['Pillar', null, 'Colour', 'Strategic pillar', 42])).toEqual(['pillar', null, null, null, null]);
  });
});

describe('headerSetKey', () => {
  it('gives the same key to the same headers however spelled, and a different one to other headers', () => {
    expect(headerSetKey(['Pillar', 'AI use-case'])).toBe(headerSetKey(['pillar', 'ai  use case']));
    expect(headerSetKey(['Pillar', 'Use case'])).not.toBe(headerSetKey(['Use case', 'Pillar']));
    expect(normaliseHeader('Säule – Ziel')).toBe('saule ziel');
  });
});
