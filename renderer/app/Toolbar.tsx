import { usePlanner } from '../store/store';
import { selectDirty, selectDisplayName } from '../store/selectors';
import { CommandButton } from './CommandButton';
import { NewPlanMenu } from './NewPlanMenu';
import { Icon } from '../components/icons';
import { DisplayMenu } from '../display/DisplayMenu';
import { useT } from '../i18n/use-t';
import { useRef } from 'react';
import { useToolbarFit } from './toolbar-fit';

export function Toolbar() {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useToolbarFit(ref);
  return (
    // The banner landmark; its two groups of commands are the toolbars.
    <header ref={ref} className="toolbar" data-compact="0">
      <div className="toolbar__brand" aria-hidden="true">
        <Icon name="logo" size={26} />
        <span className="toolbar__app-name">{t('app.name')}</span>
      </div>
      <div className="toolbar__group" role="toolbar" aria-label={t('app.toolbar.file')}>
        <NewPlanMenu />
        <CommandButton command="open" icon={<Icon name="open" />}>
          {t('app.toolbar.open')}
        </CommandButton>
        <CommandButton command="save" icon={<Icon name="save" />} />
        <CommandButton command="save-as" icon={<Icon name="saveAs" />}>
          {t('app.toolbar.saveAs')}
        </CommandButton>
        <CommandButton command="export-pdf" icon={<Icon name="file" />}>
          {t('app.toolbar.exportPdf')}
        </CommandButton>
      </div>
      <div className="toolbar__separator" aria-hidden="true" />
      <div className="toolbar__group" role="toolbar" aria-label={t('app.toolbar.edit')}>
        <CommandButton command="undo" icon={<Icon name="undo" />} />
        <CommandButton command="redo" icon={<Icon name="redo" />} />
      </div>
      <DocumentName />
      <div className="toolbar__group" role="toolbar" aria-label={t('app.toolbar.display')}>
        <DisplayMenu />
      </div>
    </header>
  );
}

function DocumentName() {
  const name = usePlanner((s) => (s.plan ? selectDisplayName(s) : null));
  const dirty = usePlanner(selectDirty);
  const t = useT();
  if (name === null) return <div className="toolbar__document" />;
  return (
    <div className="toolbar__document" data-testid="document-name">
      <span className="toolbar__file-name" title={name}>
        {name}
      </span>
      {dirty && (
        <span className="dirty-marker" data-testid="dirty-marker" title={t('app.toolbar.unsavedChanges')}>
          <span aria-hidden="true">●</span> <span className="dirty-marker__label">{t('app.toolbar.unsavedChanges')}</span>
        </span>
      )}
    </div>
  );
}
