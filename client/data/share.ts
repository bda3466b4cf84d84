/** A count with the denominator it is a share of: research numbers never stand alone. */
export interface Share {
  readonly count: number;
  readonly of: number;
}

/** "12 of 340 (3.5%)"; a zero denominator says why (`emptyNote`) instead of dividing by it. */
export function formatShare({ count, of }: Share, emptyNote = "no items in scope"): string {
  if (of <= 0) return `${count} of 0 (${emptyNote})`;
  const percent = (100 * count) / of;
  const digits = percent > 0 && percent < 1 ? 2 : 1;
  return `${count} of ${of} (${percent.toFixed(digits)}%)`;
}

/** Counts of dates per calendar month (UTC, "YYYY-MM"), every month between the first and last present. */
export function countByMonth(dates: readonly string[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const date of dates) {
    const time = Date.parse(date);
    if (Number.isNaN(time)) continue;
    const month = new Date(time).toISOString().slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: { month: string; count: number }[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
