import { usePlanner } from '../store/store';
import { selectDirty, selectDisplayName } from '../store/selectors';
import { CommandButton } from './CommandButton';
import { NewPlanMenu } from './NewPlanMenu';
import { Icon } from '../components/icons';

export function Toolbar() {
  return (
    // The banner landmark; its two groups of commands are the toolbars.
    <header className="toolbar">
      <div className="toolbar__brand" aria-hidden="true">
        <Icon name="logo" size={26} />
        <span className="toolbar__app-name">AI Alignment Planner</span>
      </div>
      <div className="toolbar__group" role="toolbar" aria-label="File">
        <NewPlanMenu />
        <CommandButton command="open" icon={<Icon name="open" />}>
          Open
        </CommandButton>
        <CommandButton command="save" icon={<Icon name="save" />} />
        <CommandButton command="save-as" icon={<Icon name="saveAs" />}>
          Save As
        </CommandButton>
        <CommandButton command="export-pdf" icon={<Icon name="file" />}>
          Export PDF
        </CommandButton>
      </div>
      <div className="toolbar__separator" aria-hidden="true" />
      <div className="toolbar__group" role="toolbar" aria-label="Edit">
        <CommandButton command="undo" icon={<Icon name="undo" />} />
        <CommandButton command="redo" icon={<Icon name="redo" />} />
      </div>
      <DocumentName />
    </header>
  );
}

function DocumentName() {
  const name = usePlanner((s) => (s.plan ? selectDisplayName(s) : null));
  const dirty = usePlanner(selectDirty);
  if (name === null) return <div className="toolbar__document" />;
  return (
    <div className="toolbar__document" data-testid="document-name">
      <span className="toolbar__file-name" title={name}>
        {name}
      </span>
      {dirty && (
        <span className="dirty-marker" data-testid="dirty-marker" title="Unsaved changes">
          <span aria-hidden="true">●</span> <span className="dirty-marker__label">Unsaved changes</span>
        </span>
      )}
    </div>
  );
}
