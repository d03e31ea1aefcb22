import { useMemo, useRef } from 'react';
import type { Finding } from '../../shared/checks/alignment-checks';
import { WINDOWED_FROM } from '../board/board-window';
import { gapProps, useListWindow } from '../components/list-window';
import { FindingRow } from './FindingRow';

/** A finding at Normal room size: its check, item, a message of a line or two, and the space after it. */
const FINDING_HEIGHT = 120;
const findingEstimate = () => FINDING_HEIGHT;

/**
 * A list of findings. From WINDOWED_FROM findings (the board's threshold) only those near the view
 * are in the page (components/list-window.ts), with blank gaps of the expected height for the rest;
 * a row with the keyboard focus (a note being typed) stays, and so does the row to `reveal`.
 */
export function FindingList({ findings, label, reveal = null }: { findings: readonly Finding[]; label: string; reveal?: string | null }) {
  const ref = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => findings.map((f) => f.key), [findings]);
  const byKey = useMemo(() => new Map(findings.map((f) => [f.key, f])), [findings]);
  const segments = useListWindow(ref, { windowed: findings.length >= WINDOWED_FROM, ids: keys, kind: 'finding', estimate: findingEstimate, held: [reveal] });
  return (
    <ol ref={ref} className="findings__list" aria-label={label}>
      {segments.map((segment) =>
        segment.kind === 'item' ? <FindingRow key={segment.id} finding={byKey.get(segment.id)!} reveal={segment.id === reveal} /> : <li key={segment.key} className="window-gap" {...gapProps(segment)} />,
      )}
    </ol>
  );
}
