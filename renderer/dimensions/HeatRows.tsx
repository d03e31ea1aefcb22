import { useRef, type ReactNode } from 'react';
import { isWindowed } from '../board/board-window';
import { gapProps, useListWindow } from '../components/list-window';
import { usePlanner } from '../store/store';
import type { PlannerState } from '../store/types';

/** A row at Normal room size: its title (one line or two) over its objective. */
const ROW_HEIGHT = 72;
const rowEstimate = () => ROW_HEIGHT;

const selectSelectedApplication = (s: PlannerState) => (s.selection?.kind === 'application' ? s.selection.id : null);

/**
 * The table's body: in a big plan only the rows near the view are in the page
 * (components/list-window.ts), with blank rows of the expected height for the rest; the selected
 * application's row is always there, so that revealing it finds it.
 */
export function HeatRows({ ids, columns, renderRow }: { ids: readonly string[]; columns: number; renderRow: (id: string) => ReactNode }) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const windowed = usePlanner(isWindowed);
  const selected = usePlanner(selectSelectedApplication);
  const segments = useListWindow(ref, { windowed, ids, kind: 'heat-row', estimate: rowEstimate, held: [selected] });
  return (
    <tbody ref={ref}>
      {segments.map((segment) =>
        segment.kind === 'item' ? (
          renderRow(segment.id)
        ) : (
          <tr key={segment.key} className="window-gap" {...gapProps(segment)}>
            <td colSpan={columns} style={{ padding: 0, border: 0 }} />
          </tr>
        ),
      )}
    </tbody>
  );
}
