/**
 * Months as integers (year * 12 + month - 1) so that roadmap maths is plain arithmetic; the file
 * keeps the readable "YYYY-MM" form.
 */
export function monthIndex(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year * 12 + (m - 1);
}

export function monthString(index: number): string {
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: string, delta: number): string {
  return monthString(monthIndex(month) + delta);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

/** "2027-03" → "Mar 2027", in English; the UI and the PDF share it. */
export function monthLabel(month: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Calendar quarter label of a month: "Q1 2027". */
export function quarterLabel(month: string): string {
  return `Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1} ${month.slice(0, 4)}`;
}
