/*
 * A range as text ("-€45k – -€28.1k") that wraps only before its dash: a browser may break after the
 * minus sign of a negative amount, which would leave "-" at a line's end and the amount on the next.
 */
const DASH = ' – ';

export function RangeText({ text }: { text: string }) {
  const pieces = text.split(DASH);
  return (
    <>
      {pieces.map((piece, i) => (
        <span key={i}>
          {i > 0 ? ' ' : ''}
          <span className="value-nowrap">{i > 0 ? `${DASH.trimStart()}${piece}` : piece}</span>
        </span>
      ))}
    </>
  );
}
