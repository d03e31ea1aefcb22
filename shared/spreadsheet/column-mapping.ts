import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './spreadsheet-types';

/**
 * The headers export writes, always in English whatever the app's language, so that a file moves
 * between colleagues with different settings and import needs no dictionary of its own output.
 * The first four are the seed table's own words.
 */
export const EXPORT_HEADERS: Readonly<Record<ImportField, string>> = {
  pillar: 'Strategic Pillar',
  objective: 'Business Objective',
  application: 'AI Application',
  kpi: 'Key Performance Indicator',
  pillarDescription: 'Pillar Description',
  objectiveDescription: 'Objective Description',
  description: 'Application Description',
  problem: 'Problem',
  owner: 'Owner',
  status: 'Status',
  category: 'Category',
  approach: 'Approach',
  impact: 'Impact',
  feasibility: 'Feasibility',
  kpiUnit: 'KPI Unit',
  baseline: 'Baseline',
  target: 'Target',
  direction: 'Direction',
  cadence: 'Cadence',
  kpiOwner: 'KPI Owner',
  source: 'Source',
  pilotStart: 'Pilot Start',
};

/** Other words people put over the same column (English, plus the German and Vietnamese everyday ones). */
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  pillar: ['pillar', 'strategic pillar', 'strategy pillar', 'strategy', 'theme', 'strategic theme', 'säule', 'strategische säule', 'trụ cột', 'trụ cột chiến lược'],
  objective: ['objective', 'business objective', 'goal', 'business goal', 'aim', 'ziel', 'geschäftsziel', 'unternehmensziel', 'mục tiêu', 'mục tiêu kinh doanh'],
  application: [
    'application', 'ai application', 'use case', 'ai use case', 'usecase', 'initiative', 'ai initiative', 'idea', 'project', 'ai project',
    'anwendung', 'ki anwendung', 'anwendungsfall', 'ki anwendungsfall', 'ứng dụng', 'ứng dụng ai', 'trường hợp sử dụng',
  ],
  kpi: ['kpi', 'kpis', 'key performance indicator', 'metric', 'measure', 'indicator', 'kennzahl', 'kpi name', 'messgröße', 'chỉ số', 'chỉ số kpi'],
  pillarDescription: ['pillar description', 'pillar details', 'säule beschreibung', 'beschreibung der säule', 'mô tả trụ cột'],
  objectiveDescription: ['objective description', 'goal description', 'objective details', 'ziel beschreibung', 'beschreibung des ziels', 'mô tả mục tiêu'],
  description: ['description', 'application description', 'use case description', 'details', 'beschreibung', 'mô tả', 'mô tả ứng dụng'],
  problem: ['problem', 'pain point', 'business problem', 'problem statement', 'vấn đề'],
  owner: ['owner', 'application owner', 'responsible', 'lead', 'verantwortlich', 'verantwortliche', 'eigentümer', 'người phụ trách'],
  status: ['status', 'stage', 'state', 'phase', 'trạng thái'],
  category: ['category', 'area', 'business area', 'function', 'kategorie', 'bereich', 'danh mục'],
  approach: ['approach', 'build or buy', 'delivery', 'ansatz', 'cách tiếp cận'],
  impact: ['impact', 'value', 'business impact', 'nutzen', 'wirkung', 'tác động'],
  feasibility: ['feasibility', 'ease', 'effort', 'machbarkeit', 'umsetzbarkeit', 'tính khả thi', 'khả thi'],
  kpiUnit: ['kpi unit', 'unit', 'units', 'einheit', 'đơn vị'],
  baseline: ['baseline', 'current', 'current value', 'start value', 'ausgangswert', 'istwert', 'giá trị ban đầu', 'đường cơ sở'],
  target: ['target', 'goal value', 'target value', 'zielwert', 'giá trị mục tiêu', 'chỉ tiêu'],
  direction: ['direction', 'better when', 'richtung', 'hướng'],
  cadence: ['cadence', 'frequency', 'review cadence', 'measured', 'rhythmus', 'häufigkeit', 'tần suất'],
  kpiOwner: ['kpi owner', 'metric owner', 'measure owner', 'kennzahl verantwortlich', 'người phụ trách kpi'],
  source: ['source', 'data source', 'kpi source', 'quelle', 'datenquelle', 'nguồn', 'nguồn dữ liệu'],
  pilotStart: ['pilot start', 'pilot start month', 'start', 'start month', 'start date', 'pilot', 'pilot month', 'pilotstart', 'pilotbeginn', 'start pilot', 'bắt đầu thí điểm', 'tháng bắt đầu'],
};

/**
 * A header as compared: lower case, accents and punctuation gone, spaces collapsed. "AI use-case",
 * "ai_use_case" and " AI  Use Case " meet; so do "Säule" and "saule", "Mục tiêu" and "muc tieu".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FIELD_OF_HEADER: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const word of [EXPORT_HEADERS[field], field, ...SYNONYMS[field]]) {
      const key = normaliseHeader(word);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
})();

/** The field a header names, or null when it names none. */
export function fieldOfHeader(header: string): ImportField | null {
  return FIELD_OF_HEADER.get(normaliseHeader(header)) ?? null;
}

/**
 * A first guess at what each column holds, by its header; a field is taken by the first column
 * that names it, and every later column naming it again is ignored.
 */
export function guessMapping(headers: readonly (string | number | null)[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = header === null ? null : fieldOfHeader(String(header));
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** A key for remembering a mapping per header set: the same headers, however spelled, give the same key. */
export function headerSetKey(headers: readonly (string | number | null)[]): string {
  return headers.map((h) => (h === null ? '' : normaliseHeader(String(h)))).join('|');
}
