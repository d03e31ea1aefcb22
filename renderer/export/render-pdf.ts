import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { translator } from '../../shared/i18n/translator';
import type { RenderReply, RenderRequest } from './pdf-worker-protocol';

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

/**
 * Renders the PDF in a Web Worker, reporting progress; aborting the signal stops the worker at
 * once. Where no worker can start, it renders on this thread in small steps instead.
 */
export function renderPdfOffThread(request: RenderRequest, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<Uint8Array> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf-export' });
  } catch {
    return renderOnThisThread(request, onProgress, signal);
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ExportCancelled());
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<RenderReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.fraction);
      else {
        finish();
        if (reply.type === 'done') resolve(reply.bytes);
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // The worker script itself failed to load or run: fall back to rendering here.
      renderOnThisThread(request, onProgress, signal).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

async function renderOnThisThread({ plan, options, findingsAsOf }: RenderRequest, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<Uint8Array> {
  const { renderPlanPdfAsync } = await import('../../shared/pdf/render-plan-pdf');
  return renderPlanPdfAsync(plan, {
    ...options,
    ...(findingsAsOf ? { findings: alignmentFindings(plan, { today: findingsAsOf }, translator(options.locale ?? 'en')) } : {}),
    onProgress,
    yieldToHost: async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) throw new ExportCancelled();
    },
  });
}
