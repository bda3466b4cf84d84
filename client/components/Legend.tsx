import type { ReactNode } from "react";

/** One legend entry: a swatch (filled, dashed outline or a line) and what it means. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly shape: "dot" | "ring" | "line" | "thick-line";
}

/** The key to a graph's colours and shapes, as a labelled list so screen readers get it too. */
export function Legend(props: { readonly title: string; readonly items: readonly LegendItem[] }): ReactNode {
  return (
    <section className="legend" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {props.items.map((item) => (
          <li key={item.label}>
            <span
              className={`swatch swatch-${item.shape}`}
              style={{ ["--swatch" as string]: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
