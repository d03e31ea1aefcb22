import { useId } from 'react';
import { pdfSectionTitle } from '../../shared/pdf/pdf-sections';
import { formatDay } from '../../shared/i18n/format';
import { useLocale, useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { setExportAllPillars, setExportChangesSince, setExportSummary, toggleExportPillar, toggleExportSection } from './export-actions';
import { sectionsOffered } from './export-choices';
import { useExport } from './export-store';

/*
 * What goes in the board pack (#18 §5): the full pack or the summary of at most 12 pages, its
 * sections, and all pillars or some.
 */

/** Full board pack or summary pack. */
export function ExportPackField() {
  const id = useId();
  const summary = useExport((s) => s.choices.summary);
  const t = useT();
  return (
    <fieldset className="export-field">
      <legend className="export-field__label">{t('export.pack')}</legend>
      <label className="export-choice">
        <input type="radio" name={`${id}-pack`} checked={!summary} onChange={() => setExportSummary(false)} />
        <span>
          {t('export.pack.full')} <span className="export-choice__hint">{t('export.pack.full.hint')}</span>
        </span>
      </label>
      <label className="export-choice">
        <input type="radio" name={`${id}-pack`} checked={summary} onChange={() => setExportSummary(true)} />
        <span>{t('export.pack.summary')}</span>
      </label>
    </fieldset>
  );
}

/** The sections the chosen pack has, and the pillars to print. */
export function ExportScopeFields({ problems }: { problems: { sections: boolean; pillars: boolean } }) {
  const summary = useExport((s) => s.choices.summary);
  const sections = useExport((s) => s.choices.sections);
  const t = useT();
  return (
    <div className="export-dialog__column">
      <fieldset className="export-field">
        <legend className="export-field__label">{t('export.sections')}</legend>
        {sectionsOffered(summary).map((section) => (
          <label key={section} className="export-choice">
            <input type="checkbox" checked={sections.includes(section)} onChange={(event) => toggleExportSection(section, event.target.checked)} />
            <span>{pdfSectionTitle(section, t)}</span>
          </label>
        ))}
        {problems.sections && <p className="export-field__problem">{t('export.sections.problem')}</p>}
      </fieldset>
      <ExportPillarsField problem={problems.pillars} />
    </div>
  );
}

function ExportPillarsField({ problem }: { problem: boolean }) {
  const id = useId();
  const pillars = usePlanner((s) => s.plan?.pillars);
  const chosen = useExport((s) => s.choices.pillarIds);
  const t = useT();
  return (
    <fieldset className="export-field">
      <legend className="export-field__label">{t('export.pillars')}</legend>
      <label className="export-choice">
        <input type="radio" name={`${id}-pillars`} checked={chosen === null} onChange={() => setExportAllPillars(true)} />
        <span>{t('export.pillars.all')}</span>
      </label>
      <label className="export-choice">
        <input type="radio" name={`${id}-pillars`} checked={chosen !== null} onChange={() => setExportAllPillars(false)} />
        <span>{t('export.pillars.chosen')}</span>
      </label>
      {chosen !== null && (
        // A plan of a hundred pillars scrolls here, inside the dialog, rather than growing it.
        <div className="export-pillars" role="group" aria-label={t('export.pillars.chosen')}>
          {(pillars ?? []).map((pillar) => (
            <label key={pillar.id} className="export-choice">
              <input type="checkbox" checked={chosen.includes(pillar.id)} onChange={(event) => toggleExportPillar(pillar.id, event.target.checked)} />
              <span className="export-pillars__name">{pillar.title.trim() || t('board.item.untitled')}</span>
            </label>
          ))}
        </div>
      )}
      {problem && <p className="export-field__problem">{t('export.pillars.problem')}</p>}
    </fieldset>
  );
}

/** "Changes since" a snapshot of the plan's history (#20), offered once the plan has one. */
export function ExportChangesField() {
  const id = useId();
  const snapshots = usePlanner((s) => s.plan?.history.snapshots);
  const chosen = useExport((s) => s.choices.changesSince);
  const t = useT();
  const locale = useLocale();
  if (!snapshots?.length) return null;
  const picked = snapshots.find((snapshot) => snapshot.id === chosen) ?? null;
  const value = picked?.id ?? '';
  return (
    <div className="export-field">
      <label className="export-field__label" htmlFor={id}>
        {t('export.changes')}
      </label>
      <select id={id} className="export-date export-changes" value={value} onChange={(event) => setExportChangesSince(event.target.value || null)}>
        <option value="">{t('export.changes.none')}</option>
        {[...snapshots].reverse().map((snapshot) => (
          <option key={snapshot.id} value={snapshot.id}>
            {snapshot.name}
          </option>
        ))}
      </select>
      {picked && <p className="export-choice__hint">{t('export.changes.taken', { date: formatDay(picked.takenAt.slice(0, 10), locale, 'medium') })}</p>}
    </div>
  );
}
