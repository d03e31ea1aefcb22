/*
 * The one "a dialog is open" gate. While a modal dialog is open only the dialog takes input: no
 * command runs, whether it comes from a shortcut, the native menu or code calling runCommand
 * (Ctrl+Z under the delete confirmation must not undo an earlier edit behind it). ModalDialog holds
 * the gate while it is mounted, so every dialog built on it is counted; a native prompt the
 * renderer waits for holds it too.
 */

export interface ModalGate {
  /** Counts one more dialog as open; the returned release (idempotent) counts it closed. */
  hold(): () => void;
  isOpen(): boolean;
  /** Told when the gate shuts (the first dialog opens) and opens again (the last one closes); returns the unsubscribe. */
  onChange(listener: (open: boolean) => void): () => void;
}

export function createModalGate(): ModalGate {
  let open = 0;
  const listeners = new Set<(open: boolean) => void>();
  const tell = () => {
    for (const listener of [...listeners]) listener(open > 0);
  };
  return {
    hold() {
      open++;
      if (open === 1) tell();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open--;
        if (open === 0) tell();
      };
    },
    isOpen: () => open > 0,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const modalGate: ModalGate = createModalGate();

/** Holds the gate while `prompt` (a native dialog the renderer awaits) is unanswered. */
export async function whileModal<T>(prompt: () => Promise<T>, gate: ModalGate = modalGate): Promise<T> {
  const release = gate.hold();
  try {
    return await prompt();
  } finally {
    release();
  }
}
