import { answerSpreadsheetRequest } from './spreadsheet-work';
import type { SpreadsheetReply, SpreadsheetRequest } from './spreadsheet-worker-protocol';

/*
 * Reads, checks and writes spreadsheets off the window's thread (#19): a hostile workbook is refused
 * here, and a 5,000-row sheet is parsed, while the window stays responsive. One request per worker.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpreadsheetRequest>) => void) | null;
  postMessage(message: SpreadsheetReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  answerSpreadsheetRequest(event.data).then(
    (reply) => scope.postMessage(reply, reply.type === 'bytes' ? [reply.bytes.buffer] : []),
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
