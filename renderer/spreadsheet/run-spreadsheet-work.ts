import type { SpreadsheetReply, SpreadsheetRequest } from './spreadsheet-worker-protocol';

export class SpreadsheetWorkCancelled extends Error {
  constructor() {
    super('The spreadsheet work was cancelled.');
    this.name = 'SpreadsheetWorkCancelled';
  }
}

/**
 * Runs one request in a fresh Web Worker; aborting the signal ends the worker at once (Cancel or
 * Escape while a large sheet is read). Where no worker can start, the work runs on this thread.
 * A reply of type 'error' is thrown.
 */
export function runSpreadsheetWork(request: SpreadsheetRequest, signal?: AbortSignal): Promise<Exclude<SpreadsheetReply, { type: 'error' }>> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./spreadsheet-worker.ts', import.meta.url), { type: 'module', name: 'spreadsheet' });
  } catch {
    return onThisThread(request);
  }
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new SpreadsheetWorkCancelled());
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<SpreadsheetReply>) => {
      finish();
      const reply = event.data;
      if (reply.type === 'error') reject(new Error(reply.message));
      else resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // The worker script itself failed to load or run: do the work here instead.
      onThisThread(request).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

async function onThisThread(request: SpreadsheetRequest): Promise<Exclude<SpreadsheetReply, { type: 'error' }>> {
  const { answerSpreadsheetRequest } = await import('./spreadsheet-work');
  const reply = await answerSpreadsheetRequest(request);
  if (reply.type === 'error') throw new Error(reply.message);
  return reply;
}
