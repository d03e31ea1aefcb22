import type { Plan } from '../../shared/model';
import { planTextPieces } from '../../shared/plan-text';

/** Gives the event loop a turn: a message is not throttled the way nested timeouts are. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * The plan's canonical text, built a piece at a time with a turn of the event loop between pieces.
 * Saving and autosave send this text instead of the plan object: a string crosses contextBridge and
 * IPC as one flat copy, where a 1,000-application plan object cost one long task of deep copying.
 */
export async function planTextInSlices(plan: Plan): Promise<string> {
  let text = '';
  for (const piece of planTextPieces(plan)) {
    text += piece;
    if (piece.length > 4096) await nextTask();
  }
  return text;
}
