import type { ReactNode } from 'react';
import { findCommand, isCommandEnabled, runCommand } from '../commands/commands';
import { formatShortcut } from '../commands/shortcuts';
import { usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';
import { commandLabel } from '../../shared/commands/command-catalogue';

interface CommandButtonProps {
  command: string;
  /** Visible text; the command's label when omitted. */
  children?: ReactNode;
  icon?: ReactNode;
  className?: string;
}

/** A button that runs a registered command, with its label, shortcut hint and enabled state. */
export function CommandButton({ command: id, children, icon, className }: CommandButtonProps) {
  const command = findCommand(id);
  const t = useT();
  const enabled = usePlanner((s) => (command?.isEnabled ? command.isEnabled(s) : true));
  if (!command) return null;
  const shortcut = command.shortcuts?.[0];
  const label = commandLabel(command, t);
  const hint = shortcut ? `${label} (${formatShortcut(shortcut)})` : label;
  return (
    <button
      type="button"
      className={['button', 'toolbar__button', className].filter(Boolean).join(' ')}
      disabled={!enabled}
      title={hint}
      aria-keyshortcuts={shortcut ? formatShortcut(shortcut, false).replace('Ctrl', 'Control') : undefined}
      data-command={id}
      onClick={() => isCommandEnabled(command) && runCommand(id)}
    >
      {icon && (
        <span className="button__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="button__label">{children ?? label}</span>
    </button>
  );
}
