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
  return monthsSpanning([...counts.keys()]).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** Every month ("YYYY-MM") from the earliest to the latest of `months`, none skipped. */
export function monthsSpanning(months: readonly string[]): string[] {
  const sorted = [...months].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** One month of a code's or theme's timeline: both shares out of the month's threads and comments. */
export interface TimelinePoint {
  readonly month: string;
  /** Items a person coded with it, of the month's items. */
  readonly human: Share;
  /** Items a classifier labelled with it, of the month's items. */
  readonly machine: Share;
}

/** One code's or theme's shares over time. */
export interface TimelineSeries {
  readonly name: string;
  readonly points: readonly TimelinePoint[];
}

/** The part of an API month bucket the series are built from. */
export interface MonthBucket<T extends { name: string; count: number; classifiedCount: number }> {
  readonly start: string;
  readonly itemsInScope: number;
  readonly entries: readonly T[];
}

/**
 * Per code or theme, its share of each month's threads and comments (human and machine apart), every month from the
 * first bucket to the last: a month the API left out (no items created) is 0 of 0, a month without the code 0 of
 * that month's items. Series are ordered by their total count (human, then machine), then name.
 */
export function timelineSeries<T extends { name: string; count: number; classifiedCount: number }>(
  buckets: readonly MonthBucket<T>[],
): TimelineSeries[] {
  const byMonth = new Map(buckets.map((bucket) => [bucket.start.slice(0, 7), bucket]));
  const months = monthsSpanning([...byMonth.keys()]);
  const names = new Map<string, { human: number; machine: number }>();
  for (const bucket of buckets) {
    for (const entry of bucket.entries) {
      const total = names.get(entry.name) ?? { human: 0, machine: 0 };
      names.set(entry.name, {
        human: total.human + entry.count,
        machine: total.machine + entry.classifiedCount,
      });
    }
  }
  return [...names.entries()]
    .sort(([a, x], [b, y]) => y.human - x.human || y.machine - x.machine || a.localeCompare(b))
    .map(([name]) => ({
      name,
      points: months.map((month) => {
        const bucket = byMonth.get(month);
        const entry = bucket?.entries.find((candidate) => candidate.name === name);
        const of = bucket?.itemsInScope ?? 0;
        return {
          month,
          human: { count: entry?.count ?? 0, of },
          machine: { count: entry?.classifiedCount ?? 0, of },
        };
      }),
    }));
}
