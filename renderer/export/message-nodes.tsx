import { Fragment, type ReactNode } from 'react';
import type { MessageKey, MessageValues, Translate } from '../../shared/i18n/translator';

/**
 * A message whose placeholders hold React nodes ("Saved {file}" with the file name in bold): the
 * translation decides where they go, so a language may put them anywhere in the sentence.
 */
export function messageWithNodes(t: Translate, key: MessageKey, nodes: Record<string, ReactNode>, values: MessageValues = {}): ReactNode[] {
  const names = Object.keys(nodes);
  // Private-use characters mark where each node goes; no message holds them.
  const marks = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE000`]));
  return t(key, { ...values, ...marks })
    .split(/\uE000(\d+)\uE000/)
    .map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{nodes[names[Number(part)]!]}</Fragment> : part));
}
