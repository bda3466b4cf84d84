import type { ReactNode } from "react";

import { CODE_TIMELINE, type CodeTimelineResult } from "../api/queries.ts";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { formatShare, timelineSeries, type TimelineSeries } from "../data/share.ts";
import { useApi } from "../hooks/use-api.ts";

const KIND_TITLES: Record<string, string> = {
  stance: "Stances on openness",
  advantage: "Advantages named",
  deterrent: "Deterrents named",
};

/** Width of one month's column in the chart's own units (the SVG scales to the cell). */
const COLUMN = 10;
const HEIGHT = 30;

/** What one month's column says, hovered or read by a screen reader: both shares with their denominator. */
function describe(point: TimelineSeries["points"][number]): string {
  return `${point.month}: coded by people ${formatShare(point.human, "no items that month")}; classified ${formatShare(
    point.machine,
    "no items that month",
  )}`;
}

/**
 * One group of series (themes, or the codes of one kind) as small multiples: a row per code, a column per month,
 * the human share drawn full width and the machine share as a thin bar beside it, both out of the month's items.
 * Every row of a group shares one scale, written in the caption.
 */
function TimelineChart(props: {
  readonly title: string;
  readonly series: readonly TimelineSeries[];
}): ReactNode {
  const top = Math.max(
    0.01,
    ...props.series.flatMap((series) =>
      series.points.flatMap((point) => [
        point.human.of > 0 ? point.human.count / point.human.of : 0,
        point.machine.of > 0 ? point.machine.count / point.machine.of : 0,
      ]),
    ),
  );
  const months = props.series[0]?.points ?? [];
  const width = Math.max(1, months.length) * COLUMN;
  return (
    <figure className="share-chart timeline-chart" aria-label={`${props.title} per month`}>
      <figcaption>
        {props.title} per month
        <span className="chart-key">
          <span className="key key-primary" /> coded by people <span className="key key-secondary" />{" "}
          classified · share of the month&apos;s threads and comments, top of scale {(100 * top).toFixed(1)}%
        </span>
      </figcaption>
      <table>
        <tbody>
          {props.series.map((series) => (
            <tr key={series.name}>
              <th scope="row">{series.name}</th>
              <td>
                <svg
                  viewBox={`0 0 ${width} ${HEIGHT}`}
                  preserveAspectRatio="none"
                  role="img"
                  aria-label={`${series.name}: ${series.points.map(describe).join(" · ")}`}
                  style={{ width: "100%", height: HEIGHT, display: "block", background: "#f0f2f5" }}
                >
                  {series.points.map((point, index) => {
                    const human = point.human.of > 0 ? point.human.count / point.human.of / top : 0;
                    const machine = point.machine.of > 0 ? point.machine.count / point.machine.of / top : 0;
                    return (
                      <g key={point.month} transform={`translate(${index * COLUMN}, 0)`}>
                        <title>{describe(point)}</title>
                        <rect x={0} y={0} width={COLUMN} height={HEIGHT} fill="transparent" />
                        <rect
                          x={1}
                          y={HEIGHT * (1 - human)}
                          width={COLUMN * 0.55}
                          height={HEIGHT * human}
                          className="bar-primary"
                        />
                        <rect
                          x={1 + COLUMN * 0.6}
                          y={HEIGHT * (1 - machine)}
                          width={COLUMN * 0.25}
                          height={HEIGHT * machine}
                          className="bar-secondary"
                        />
                      </g>
                    );
                  })}
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {months.length > 0 && (
        <p className="meta">
          {months[0]?.month} – {months[months.length - 1]?.month}; items per month (the denominator):{" "}
          {months.map((point) => `${point.month.slice(2)}: ${point.human.of}`).join(", ")}
        </p>
      )}
    </figure>
  );
}

/**
 * Themes, stances, advantages and deterrents over time (codeTimeline): for each, the share of every month's threads
 * and comments coded with it by people and by classifiers, never mixed, each share with its denominator.
 */
export function ResearchTimeline(): ReactNode {
  const state = useApi<CodeTimelineResult>(CODE_TIMELINE, {});
  if (state.status === "loading") return <Loading what="codes over time" />;
  if (state.status === "error") return <ErrorState error={state.error} what="codes over time" />;
  const buckets = state.data.codeTimeline;
  const themes = timelineSeries(buckets.map((bucket) => ({ ...bucket, entries: bucket.themes })));
  const groups = Object.entries(KIND_TITLES).map(([kind, title]) => ({
    title,
    series: timelineSeries(
      buckets.map((bucket) => ({ ...bucket, entries: bucket.codes.filter((code) => code.kind === kind) })),
    ),
  }));
  if (themes.length === 0 && groups.every((group) => group.series.length === 0))
    return <Empty>No dated codes yet: run `commons analyze`, or code threads in the thread view.</Empty>;
  return (
    <div className="charts">
      {themes.length > 0 && <TimelineChart title="Themes" series={themes} />}
      {groups.map((group) =>
        group.series.length > 0 ? (
          <TimelineChart key={group.title} title={group.title} series={group.series} />
        ) : null,
      )}
    </div>
  );
}
