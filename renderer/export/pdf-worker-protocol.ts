import type { Plan } from '../../shared/model';
import type { PdfOptions } from '../../shared/pdf';

/** What the export sends to the PDF worker, and what it answers. */
export interface RenderRequest {
  plan: Plan;
  options: Omit<PdfOptions, 'onProgress' | 'findings'>;
  /** When set, the alignment findings as of this day (YYYY-MM-DD) are worked out and printed. */
  findingsAsOf: string | null;
}

export type RenderReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
