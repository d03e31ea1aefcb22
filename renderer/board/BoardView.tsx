import '../styles/board.css';
import { Board } from './Board';
import { BoardToolbar } from './BoardToolbar';
import { useBoardView } from './board-view-store';
import { MatrixTable } from './MatrixTable';

/** The alignment matrix: pillars as columns (or a table), fast entry, drag-and-drop, find and filter. */
export function BoardView() {
  const mode = useBoardView((s) => s.mode);
  return (
    <div className="board-view">
      <BoardToolbar />
      {mode === 'board' ? <Board /> : <MatrixTable />}
    </div>
  );
}
