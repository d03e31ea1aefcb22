import type { Plan } from './model';
import { historyText } from './history/history-text';

/**
 * The canonical text of a plan (exactly `serialisePlan`'s) in pieces of at most `itemsPerPiece`
 * list items, so that a caller on a UI thread can yield between them: a 1,000-application plan
 * stringified at once, or structured-cloned to another process, is one task of a few hundred ms.
 * JSON.stringify escapes newlines inside strings, so re-indenting a nested value's lines is safe.
 */
export function* planTextPieces(plan: Plan, itemsPerPiece = 100): Generator<string> {
  const keys = (Object.keys(plan) as (keyof Plan)[]).filter((key) => key !== 'history');
  yield '{\n';
  for (const key of keys) {
    const value: unknown = plan[key];
    yield `  ${JSON.stringify(key)}: `;
    if (key === 'roadmap') yield* objectPieces(value as Record<string, unknown>, '  ', itemsPerPiece);
    else if (Array.isArray(value)) yield* arrayPieces(value, '  ', itemsPerPiece);
    else yield indent(JSON.stringify(value, null, 2), '  ');
    yield ',\n';
  }
  // The history comes last and compact whatever the object's key order (historyText).
  yield `  "history": ${historyText(plan.history, '  ')}\n`;
  yield '}\n';
}

function* objectPieces(value: Record<string, unknown>, at: string, itemsPerPiece: number): Generator<string> {
  const keys = Object.keys(value);
  if (keys.length === 0) return yield '{}';
  yield '{\n';
  for (const [k, key] of keys.entries()) {
    const child = value[key];
    yield `${at}  ${JSON.stringify(key)}: `;
    if (Array.isArray(child)) yield* arrayPieces(child, `${at}  `, itemsPerPiece);
    else yield indent(JSON.stringify(child, null, 2), `${at}  `);
    yield k === keys.length - 1 ? '\n' : ',\n';
  }
  yield `${at}}`;
}

function* arrayPieces(items: readonly unknown[], at: string, itemsPerPiece: number): Generator<string> {
  if (items.length === 0) return yield '[]';
  yield '[\n';
  for (let start = 0; start < items.length; start += itemsPerPiece) {
    const end = Math.min(items.length, start + itemsPerPiece);
    let piece = '';
    for (let i = start; i < end; i++) piece += `${at}  ${indent(JSON.stringify(items[i], null, 2), `${at}  `)}${i === items.length - 1 ? '\n' : ',\n'}`;
    yield piece;
  }
  yield `${at}]`;
}

const indent = (text: string, at: string) => text.replace(/\n/g, `\n${at}`);
