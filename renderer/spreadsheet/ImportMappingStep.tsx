import { useId, useMemo, type FormEvent } from 'react';
import { cellText } from '../../shared/spreadsheet/cell-text';
import { IMPORT_FIELDS, type ImportField } from '../../shared/spreadsheet/spreadsheet-types';
import { messageWithNodes } from '../export/message-nodes';
import { useT } from '../i18n/use-t';
import { chooseImportSheet, closeImport, setColumnField, showImportPreview } from './import-actions';
import { columnLetter, mappingIsUsable, mappingProblems, sheetShape } from './import-mapping';
import { fieldLabel } from './import-messages';
import { useImport } from './import-store';

const IGNORE = '';

/**
 * Step 1: one line per column of the sheet, its header, the field it fills (or Ignore) and its
 * first values, so the person sees what each column holds before choosing. Prefilled from the
 * mapping remembered for these headers, else guessed from them.
 */
export function ImportMappingStep() {
  const id = useId();
  const t = useT();
  const fileName = useImport((s) => s.fileName);
  const sheets = useImport((s) => s.sheets);
  const sheetIndex = useImport((s) => s.sheetIndex);
  const mapping = useImport((s) => s.mapping);
  const remembered = useImport((s) => s.remembered);
  const checking = useImport((s) => s.current.step === 'checking');
  const sheet = sheets[sheetIndex];
  const shape = useMemo(() => (sheet ? sheetShape(sheet) : null), [sheet]);
  const problems = mappingProblems(mapping);
  const usable = mappingIsUsable(problems) && !checking;
  const duplicates = new Set(problems.duplicates);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (usable) void showImportPreview();
  };
  if (!shape) return null;

  return (
    <form className="import-dialog__form" onSubmit={onSubmit} aria-busy={checking || undefined}>
      <div className="import-dialog__scroll">
        <p className="import-dialog__lead">{messageWithNodes(t, 'spreadsheet.import.mapping.lead', { file: <strong>{fileName}</strong> })}</p>
        {sheets.length > 1 && (
          <div className="import-field import-field--inline">
            <label className="import-field__label" htmlFor={`${id}-sheet`}>
              {t('spreadsheet.import.sheet')}
            </label>
            <select id={`${id}-sheet`} className="import-select" value={sheetIndex} disabled={checking} onChange={(event) => void chooseImportSheet(Number(event.target.value))}>
              {sheets.map((s, i) => (
                <option key={i} value={i}>
                  {t('spreadsheet.import.sheet.rows', { name: s.name, count: Math.max(0, sheetShape(s).dataRows) })}
                </option>
              ))}
            </select>
          </div>
        )}
        {shape.headers.length === 0 ? (
          <p className="import-dialog__hint">{t('spreadsheet.import.emptySheet')}</p>
        ) : (
          <>
            <p className="import-dialog__hint">{remembered ? t('spreadsheet.import.mapping.remembered') : t('spreadsheet.import.mapping.guessed')}</p>
            <div className="import-columns__frame">
              <table className="import-columns">
                <caption className="visually-hidden">{t('spreadsheet.import.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('spreadsheet.import.columnHeader')}</th>
                    <th scope="col">{t('spreadsheet.import.fieldHeader')}</th>
                    {shape.sampleRowNumbers.map((row) => (
                      <th key={row} scope="col" className="import-columns__sample">
                        {t('spreadsheet.import.rowHeader', { row })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shape.headers.map((header, column) => {
                    const text = cellText(header).trim();
                    const letter = columnLetter(column);
                    const field = mapping[column] ?? null;
                    return (
                      <tr key={column} className={field === null ? 'import-columns__row--ignored' : undefined}>
                        <th scope="row" className="import-columns__header" title={text}>
                          <span className="import-columns__letter">{letter}</span> {text || t('spreadsheet.import.column.noHeader')}
                        </th>
                        <td className="import-columns__field">
                          <select
                            className="import-select"
                            aria-label={t('spreadsheet.import.column.field', { column: letter, header: text || t('spreadsheet.import.column.noHeader') })}
                            aria-invalid={field !== null && duplicates.has(field) ? true : undefined}
                            data-autofocus={column === 0 ? '' : undefined}
                            value={field ?? IGNORE}
                            disabled={checking}
                            onChange={(event) => setColumnField(column, event.target.value === IGNORE ? null : (event.target.value as ImportField))}
                          >
                            <option value={IGNORE}>{t('spreadsheet.import.ignore')}</option>
                            {IMPORT_FIELDS.map((f) => (
                              <option key={f} value={f}>
                                {fieldLabel(f, t)}
                              </option>
                            ))}
                          </select>
                        </td>
                        {shape.samples.map((row, i) => {
                          const value = cellText(row[column]);
                          return (
                            <td key={i} className="import-columns__sample" title={value || undefined}>
                              {value}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="import-dialog__hint">{t('spreadsheet.import.firstRows', { shown: shape.samples.length, count: Math.max(0, shape.dataRows) })}</p>
          </>
        )}
      </div>

      <div className="import-dialog__actions">
        <div className="import-dialog__blocked" role="status">
          {checking
            ? t('spreadsheet.import.checking')
            : shape.headers.length > 0 && problems.duplicates.length > 0
              ? t('spreadsheet.import.duplicate', { field: fieldLabel(problems.duplicates[0]!, t) })
              : shape.headers.length > 0 && problems.noApplication
                ? t('spreadsheet.import.needsApplication')
                : ''}
        </div>
        <button type="button" className="button" onClick={closeImport}>
          {t('spreadsheet.import.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={!usable}>
          {t('spreadsheet.import.toPreview')}
        </button>
      </div>
    </form>
  );
}
