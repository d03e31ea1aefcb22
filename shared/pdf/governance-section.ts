import type { AiActTier, Application, Plan } from '../model';
import { AI_ACT_TIERS } from '../schema/governance-schema';
import { dataClassLabel, OBLIGATION_ROLE_KEYS, obligationTierLabel, RISK_STATUS_KEYS, riskStatusLabel, tierLabel, TOOL_STATUS_KEYS, toolStatusLabel, untriagedLabel, notLegalAdvice } from '../governance/governance-labels';
import { dutyAppliesTo, planObligations } from '../governance/obligations';
import { HIGH_RISK_SCORE, riskScore } from '../governance/risk-library';
import { triageResult } from '../governance/triage';
import { labelsFor } from '../labels';
import { longDate } from './board-pack-labels';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/*
 * Governance and risk (#16): the applications by AI Act tier with the reason, the duties that concern
 * them with dates and sources, the approved tools register and the risk register. Guidance to prepare
 * a conversation with an adviser, not legal advice; the section says so under its heading.
 */
export function* drawGovernanceSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const live = plan.applications.filter((a) => a.status !== 'retired');
  const results = new Map(live.map((a) => [a.id, triageResult(a)]));
  const tierOf = (a: Application): AiActTier | null => results.get(a.id)!.effective;
  const countOf = (tier: AiActTier | null) => live.filter((a) => tierOf(a) === tier).length;
  const untitled = (a: Application) => a.title.trim() || t('domain.untitled.application');

  const tierColumns: TableColumn[] = [
    { header: t('governance.pdf.column.application'), share: 0.3 },
    { header: t('governance.pdf.column.why'), share: 0.45 },
    { header: t('governance.pdf.column.tools'), share: 0.25 },
  ];
  const toolName = new Map(plan.governance.tools.map((tool) => [tool.id, tool.name.trim() || t('governance.tool.untitled')]));
  const tierGroups: TableGroup[] = [];
  for (const tier of [...AI_ACT_TIERS, null] as const) {
    const apps = live.filter((a) => tierOf(a) === tier);
    if (!apps.length) continue;
    const rows: TableCell[][] = apps.map((a) => {
      const result = results.get(a.id)!;
      const reason = t(result.reason, result.reasonValues);
      const tools = a.governance.toolIds.map((id) => toolName.get(id)).filter((name) => name !== undefined);
      const classes = a.governance.dataClasses.map((c) => dataClassLabel(c, t));
      const toolsAndData = [tools.length ? tools.join(', ') : t('governance.pdf.noTools'), classes.length ? t('governance.pdf.data', { classes: classes.join(', ') }) : ''].filter(Boolean).join('\n');
      return [untitled(a), tier === null ? { content: reason, styles: { textColor: [...COLOURS.muted] } } : reason, toolsAndData];
    });
    tierGroups.push({ title: `${tier === null ? untriagedLabel(t) : tierLabel(tier, t)}   ·   ${apps.length}`, rows });
  }

  const summary = t('governance.pdf.summary', {
    total: live.length,
    triaged: live.length - countOf(null),
    prohibited: countOf('prohibited'),
    high: countOf('high-risk'),
    limited: countOf('limited'),
    minimal: countOf('minimal'),
  });
  const tierFitted = fitColumnsToContent(w, tierColumns, tierGroups);
  w.heading(pdfSectionTitle('governance', t), summary, tierGroups.length ? groupStartHeight(w, tierFitted, tierGroups[0]!) + 30 : 30);
  w.paragraph(notLegalAdvice(t), { size: TYPE.body, style: 'bold', colour: COLOURS.muted });
  w.y += 8;
  for (const group of tierGroups) drawGroupedTable(w, tierFitted, group);
  yield 0.25;

  // The duties that concern at least one application (AI literacy concerns them all), in date order.
  const table = planObligations(plan, t);
  const dutyColumns: TableColumn[] = [
    { header: t('governance.pdf.column.applies'), share: 0.13 },
    { header: t('governance.pdf.column.duty'), share: 0.34 },
    { header: t('governance.pdf.column.who'), share: 0.13, labels: Object.values(labelsFor(OBLIGATION_ROLE_KEYS, t)) },
    { header: t('governance.pdf.column.source'), share: 0.22 },
    { header: t('governance.pdf.column.concerns'), share: 0.18 },
  ];
  const dutyRows: TableCell[][] = [...table.rows]
    .sort((a, b) => a.applies.localeCompare(b.applies))
    .flatMap((duty) => {
      const concerned = live.filter((a) => dutyAppliesTo(duty, a));
      if (!concerned.length) return [];
      const who = t(OBLIGATION_ROLE_KEYS[duty.role]);
      const concerns = duty.tier === 'all' ? obligationTierLabel('all', t) : concerned.map(untitled).join(', ');
      return [[longDate(duty.applies, w), duty.duty, who, duty.source, concerns]];
    });
  const dutiesTitle = t(table.custom ? 'governance.pdf.duties.custom' : 'governance.pdf.duties.shipped', { date: longDate(table.asOf, w) });
  if (dutyRows.length) drawGroupedTable(w, dutyColumns, { title: dutiesTitle, rows: dutyRows });
  else subHeadingWithLine(w, dutiesTitle, t('governance.pdf.duties.none'));
  yield 0.5;

  const toolColumns: TableColumn[] = [
    { header: t('governance.pdf.column.tool'), share: 0.2 },
    { header: t('governance.pdf.column.status'), share: 0.11, labels: Object.values(labelsFor(TOOL_STATUS_KEYS, t)) },
    { header: t('governance.pdf.column.allowed'), share: 0.2 },
    { header: t('governance.pdf.column.owner'), share: 0.13 },
    { header: t('governance.pdf.column.review'), share: 0.12 },
    { header: t('governance.pdf.column.notes'), share: 0.24 },
  ];
  const toolsTitle = t('governance.pdf.tools.title');
  if (plan.governance.tools.length) {
    const toolRows: TableCell[][] = plan.governance.tools.map((tool) => [
      [tool.name.trim() || t('governance.tool.untitled'), tool.vendor.trim()].filter(Boolean).join('\n'),
      tool.status === 'approved' ? toolStatusLabel(tool.status, t) : { content: toolStatusLabel(tool.status, t), styles: { fontStyle: 'bold' } },
      tool.dataClasses.length ? tool.dataClasses.map((c) => dataClassLabel(c, t)).join(', ') : t('governance.pdf.noneAllowed'),
      tool.owner,
      tool.reviewDate ? longDate(tool.reviewDate, w) : '',
      tool.notes,
    ]);
    drawGroupedTable(w, toolColumns, { title: toolsTitle, rows: toolRows });
  } else subHeadingWithLine(w, toolsTitle, t('governance.pdf.tools.none'));
  yield 0.75;

  const riskColumns: TableColumn[] = [
    { header: t('governance.pdf.column.risk'), share: 0.24 },
    { header: t('governance.pdf.column.score'), share: 0.11, halign: 'center' },
    { header: t('governance.pdf.column.mitigation'), share: 0.37 },
    { header: t('governance.pdf.column.owner'), share: 0.14 },
    { header: t('governance.pdf.column.status'), share: 0.14, labels: Object.values(labelsFor(RISK_STATUS_KEYS, t)) },
  ];
  const withRisks = live.filter((a) => a.governance.risks.length);
  if (!withRisks.length) subHeadingWithLine(w, t('governance.pdf.risks.title'), t('governance.pdf.risks.none'));
  for (const a of withRisks) {
    const risks = [...a.governance.risks].sort((x, y) => riskScore(y) - riskScore(x));
    const rows: TableCell[][] = risks.map((risk) => {
      const score = t('governance.pdf.score', { likelihood: risk.likelihood, impact: risk.impact, score: riskScore(risk) });
      return [
        risk.title.trim() || t('governance.risk.untitled'),
        riskScore(risk) >= HIGH_RISK_SCORE ? { content: score, styles: { fontStyle: 'bold' } } : score,
        risk.mitigation,
        risk.owner,
        riskStatusLabel(risk.status, t),
      ];
    });
    drawGroupedTable(w, riskColumns, { title: t('governance.pdf.risks.of', { application: untitled(a) }), rows });
  }
  yield 1;
}

/** A small bold title and one muted line, where a table would stand if it had rows. */
function subHeadingWithLine(w: PdfWriter, title: string, line: string): void {
  w.ensureSpace(w.lineHeight(TYPE.body) * 3);
  w.paragraph(title, { size: TYPE.body, style: 'bold' });
  w.paragraph(line, { size: TYPE.body, colour: COLOURS.muted });
  w.y += 10;
}
