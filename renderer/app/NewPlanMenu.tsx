import { runCommand } from '../commands/commands';
import { Icon } from '../components/icons';
import { formatShortcut } from '../commands/shortcuts';
import type { MessageKey } from '../../shared/i18n/translator';
import { useT } from '../i18n/use-t';
import { useMenuButton } from './use-menu-button';

const ITEMS: readonly { command: 'new-example' | 'new-blank' | 'import-spreadsheet'; label: MessageKey; hint: MessageKey }[] = [
  { command: 'new-example', label: 'app.newPlan.example', hint: 'app.newPlan.example.hint' },
  { command: 'new-blank', label: 'app.newPlan.blank', hint: 'app.newPlan.blank.hint' },
  // A plan from the spreadsheet a firm already keeps (#19); the dialog also offers to merge into the open plan.
  { command: 'import-spreadsheet', label: 'spreadsheet.toolbar.import', hint: 'spreadsheet.toolbar.import.hint' },
];

/** "New ▾": a small menu button offering the two templates. */
export function NewPlanMenu() {
  const { open, close, rootRef, menuId, buttonProps, itemRef, onMenuKeyDown } = useMenuButton();
  const t = useT();

  return (
    <div className="menu-button" ref={rootRef}>
      <button {...buttonProps} className="button toolbar__button" title={t('app.newPlan.title', { shortcut: formatShortcut('Mod+N') })}>
        <span className="button__icon" aria-hidden="true">
          <Icon name="plus" />
        </span>
        <span className="button__label">{t('app.newPlan.button')}</span>
        <span className="button__caret" aria-hidden="true">
          <Icon name="caret" size={16} />
        </span>
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('app.newPlan.menu')} className="menu" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, i) => (
            <button
              key={item.command}
              ref={itemRef(i)}
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                close(false);
                runCommand(item.command);
              }}
            >
              <span className="menu__label">{t(item.label)}</span>
              <span className="menu__hint">{t(item.hint)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
