import type { ReactNode } from "react";

import { formatShare, type Share } from "../data/share.ts";

/** One bar of a share chart. */
export interface ShareBar {
  readonly label: string;
  readonly share: Share;
  readonly secondary?: Share;
}

/**
 * Horizontal bars of shares, each labelled with its count and denominator ("12 of 340 (3.5%)"), so no number stands
 * alone. An optional second bar (machine classifications) is drawn thinner beneath the first (human coding).
 */
export function ShareBars(props: {
  readonly title: string;
  readonly bars: readonly ShareBar[];
  readonly primaryLabel: string;
  readonly secondaryLabel?: string;
}): ReactNode {
  const width = 100;
  return (
    <figure className="share-chart">
      <figcaption>
        {props.title}
        <span className="chart-key">
          <span className="key key-primary" /> {props.primaryLabel}
          {props.secondaryLabel && (
            <>
              {" "}
              <span className="key key-secondary" /> {props.secondaryLabel}
            </>
          )}
        </span>
      </figcaption>
      <table>
        <tbody>
          {props.bars.map((bar) => {
            const ratio = bar.share.of > 0 ? bar.share.count / bar.share.of : 0;
            const ratio2 = bar.secondary && bar.secondary.of > 0 ? bar.secondary.count / bar.secondary.of : 0;
            return (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td className="bar-cell">
                  <svg viewBox={`0 0 ${width} 10`} preserveAspectRatio="none" aria-hidden="true">
                    <rect
                      x="0"
                      y="0"
                      width={width * ratio}
                      height={bar.secondary ? 6 : 10}
                      className="bar-primary"
                    />
                    {bar.secondary && (
                      <rect x="0" y="7" width={width * ratio2} height="3" className="bar-secondary" />
                    )}
                  </svg>
                </td>
                <td className="bar-value">
                  {formatShare(bar.share, "nothing coded by people yet")}
                  {bar.secondary && (
                    <div className="meta">{formatShare(bar.secondary, "nothing classified yet")}</div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
