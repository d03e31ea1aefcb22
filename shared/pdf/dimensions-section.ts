import { dimensionLabel, dimensionLevelLabel, DIMENSION_LEVEL_KEYS } from '../labels';
import type { Application, DimensionLevel, Plan } from '../model';
import { DIMENSIONS } from '../schema/plan-schema';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { pillarGroups } from './plan-groups';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE, type Rgb } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/*
 * The six-dimension assessment (#18 §2): a heat map of applications by dimension, then every note
 * the team wrote on a dimension. Each level has a shade, a symbol and a word, as in the app's
 * Dimensions view, so the map reads the same printed in grey.
 */

/** The app's symbols (renderer/dimensions), which shared/ cannot import. */
export const LEVEL_SYMBOLS: Record<DimensionLevel, string> = { 'not-considered': '○', partly: '◐', addressed: '●' };
/** Lighter to darker with the level; all light enough for ink on top. */
const LEVEL_FILL: Record<DimensionLevel, Rgb | null> = { 'not-considered': null, partly: [236, 241, 247], addressed: [205, 218, 235] };
const NOTE_MARK = ' *';

const APPLICATION_SHARE = 0.28;

export function* drawDimensionsSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const dimensionShare = (1 - APPLICATION_SHARE) / DIMENSIONS.length;
  const levelWords = Object.keys(DIMENSION_LEVEL_KEYS).map((level) => `${LEVEL_SYMBOLS[level as DimensionLevel]} ${dimensionLevelLabel(level as DimensionLevel, t)}${NOTE_MARK}`);
  const mapColumns: TableColumn[] = [
    { header: t('pdf.dimensions.column.application'), share: APPLICATION_SHARE },
    ...DIMENSIONS.map((d): TableColumn => ({ header: dimensionLabel(d, t), share: dimensionShare, labels: levelWords })),
  ];
  const groups = pillarGroups(plan, t)
    .map((group) => ({ title: group.title, applications: group.objectives.flatMap((o) => o.applications) }))
    .filter((g) => g.applications.length);
  const maps: TableGroup[] = groups.map((g) => ({ title: g.title, rows: g.applications.map((app) => mapRow(w, app)) }));
  w.heading(pdfSectionTitle('dimensions', t), t('pdf.dimensions.intro'), maps.length ? groupStartHeight(w, mapColumns, maps[0]!) : 30);
  if (!maps.length) {
    w.paragraph(t('pdf.dimensions.empty'), { size: TYPE.body, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < maps.length; g++) {
    drawGroupedTable(w, mapColumns, maps[g]!);
    yield ((g + 1) / maps.length) * 0.6;
  }

  const noteColumns: TableColumn[] = [
    { header: t('pdf.dimensions.column.application'), share: APPLICATION_SHARE },
    { header: t('pdf.dimensions.column.dimension'), share: 0.2, labels: DIMENSIONS.map((d) => dimensionLabel(d, t)).concat(levelWords) },
    { header: t('pdf.dimensions.column.note'), share: 1 - APPLICATION_SHARE - 0.2 },
  ];
  const notes = groups.map((g) => notesGroup(w, g.title, g.applications)).filter((g) => g.rows.length);
  const fittedNotes = fitColumnsToContent(w, noteColumns, notes);
  const titleStyle = { size: 12, style: 'bold' as const, colour: COLOURS.accent };
  w.ensureSpace(w.lineHeight(titleStyle.size) + 6 + (notes[0] ? groupStartHeight(w, fittedNotes, notes[0]) : w.lineHeight(TYPE.body)));
  w.paragraph(t('pdf.dimensions.notes.title'), titleStyle);
  w.y += 6;
  if (!notes.length) {
    w.paragraph(t('pdf.dimensions.notes.none'), { size: TYPE.body, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < notes.length; g++) {
    drawGroupedTable(w, fittedNotes, notes[g]!);
    yield 0.6 + ((g + 1) / notes.length) * 0.4;
  }
}

function levelText(w: PdfWriter, level: DimensionLevel, hasNote: boolean): string {
  return `${LEVEL_SYMBOLS[level]} ${dimensionLevelLabel(level, w.t)}${hasNote ? NOTE_MARK : ''}`;
}

function mapRow(w: PdfWriter, app: Application): TableCell[] {
  return [
    (app.starter ? '★ ' : '') + app.title,
    ...DIMENSIONS.map((d): TableCell => {
      const { level, note } = app.dimensions[d];
      const fill = LEVEL_FILL[level];
      const content = levelText(w, level, note.trim() !== '');
      return fill ? { content, styles: { fillColor: [...fill] } } : { content, styles: { textColor: [...COLOURS.muted] } };
    }),
  ];
}

function notesGroup(w: PdfWriter, title: string, applications: readonly Application[]): TableGroup {
  const rows: TableCell[][] = [];
  const carry: (string | null)[] = [];
  for (const app of applications) {
    let first = true;
    for (const d of DIMENSIONS) {
      const { level, note } = app.dimensions[d];
      if (!note.trim()) continue;
      rows.push([first ? app.title : '', `${dimensionLabel(d, w.t)}: ${LEVEL_SYMBOLS[level]} ${dimensionLevelLabel(level, w.t)}`, note.trim()]);
      carry.push(first ? null : app.title);
      first = false;
    }
  }
  return { title: w.t('pdf.dimensions.notes.group', { title, count: rows.length }), rows, carry };
}
