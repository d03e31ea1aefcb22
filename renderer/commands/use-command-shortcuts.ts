import { useEffect } from 'react';
import { plannerStore } from '../store/store';
import { allCommands, isCommandEnabled } from './commands';
import { matchesShortcut } from './shortcuts';
import { isTextField } from './text-field';

/** Window-level keyboard shortcuts, dispatched through the command registry. */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (!event.ctrlKey && !event.metaKey) return;
      const command = allCommands().find((c) => c.shortcuts?.some((s) => matchesShortcut(event, s)));
      if (!command) return;
      if (command.inTextField === 'native' && isTextField(document.activeElement)) return;
      // Claim the key even when disabled, so Ctrl+S never falls through to the browser.
      event.preventDefault();
      // While the error dialog is open, it alone takes input.
      if (plannerStore.getState().alert) return;
      if (isCommandEnabled(command)) void command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Menu commands from the main process (File, Edit menus) run through the same registry. */
export function useMenuCommands(run: (id: string) => boolean): void {
  useEffect(() => window.planner.onCommand((command) => void run(command)), [run]);
}
