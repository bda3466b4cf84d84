import type { ReactNode } from "react";

/** Monthly counts as columns, each with its value in the accessible label. */
export function MonthChart(props: {
  readonly title: string;
  readonly months: readonly { month: string; count: number }[];
}): ReactNode {
  const max = Math.max(1, ...props.months.map((m) => m.count));
  const barWidth = 28;
  const height = 120;
  const width = Math.max(200, props.months.length * barWidth);
  return (
    <figure className="month-chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 34}`} width="100%" role="img" aria-label={props.title}>
        {props.months.map((m, index) => {
          const h = (height * m.count) / max;
          return (
            <g key={m.month} transform={`translate(${index * barWidth}, 0)`}>
              <title>{`${m.month}: ${m.count}`}</title>
              <rect x={4} y={height - h} width={barWidth - 8} height={h} className="bar-primary" />
              <text x={barWidth / 2} y={height - h - 3} textAnchor="middle" className="bar-label">
                {m.count}
              </text>
              <text x={barWidth / 2} y={height + 14} textAnchor="middle" className="axis-label">
                {m.month.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
