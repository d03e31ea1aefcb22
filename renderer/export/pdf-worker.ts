import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { renderPlanPdf } from '../../shared/pdf';
import { translator } from '../../shared/i18n/translator';
import type { RenderReply, RenderRequest } from './pdf-worker-protocol';

/*
 * Renders the board pack off the window's thread, so a 1,000-application plan (a few seconds)
 * leaves the window responsive and the progress bar moving. One request per worker.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
  postMessage(message: RenderReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { plan, options, findingsAsOf } = event.data;
  let lastSent = -1;
  try {
    const bytes = renderPlanPdf(plan, {
      ...options,
      // The findings are worded here, in the board pack's language.
      ...(findingsAsOf ? { findings: alignmentFindings(plan, { today: findingsAsOf }, translator(options.locale ?? 'en')) } : {}),
      onProgress: (fraction) => {
        // A message per percent is plenty for a progress bar.
        if (fraction - lastSent < 0.01 && fraction < 1) return;
        lastSent = fraction;
        scope.postMessage({ type: 'progress', fraction });
      },
    });
    scope.postMessage({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
