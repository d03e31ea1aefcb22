import { useRef, type ReactNode } from 'react';
import { gapProps, useListWindow } from '../components/list-window';
import { usePlanner } from '../store/store';
import { isOutlineWindowed } from './outline-window';

/**
 * A list of the outline (a pillar's objectives, an objective's applications): in a big plan only
 * the items near the view are in the page (components/list-window.ts), the rest are blank gaps of
 * their expected height.
 */
export function OutlineList(props: {
  ids: readonly string[];
  kind: 'outline-objective' | 'outline-application';
  estimate: (id: string) => number;
  /** Ids held in the page wherever they are, one per line. */
  held: string;
  className: string;
  renderItem: (id: string) => ReactNode;
}) {
  const ref = useRef<HTMLUListElement>(null);
  const windowed = usePlanner(isOutlineWindowed);
  const segments = useListWindow(ref, { windowed, ids: props.ids, kind: props.kind, estimate: props.estimate, held: props.held.split('\n') });
  return (
    <ul ref={ref} className={props.className}>
      {segments.map((segment) =>
        segment.kind === 'item' ? props.renderItem(segment.id) : <li key={segment.key} className="window-gap" {...gapProps(segment)} />,
      )}
    </ul>
  );
}
