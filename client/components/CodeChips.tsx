import type { ReactNode } from "react";

import type { Coding } from "../api/queries.ts";

/**
 * The codes on a post, human (CODED) and machine (CLASSIFIED) kept visibly apart; a machine code shows its rule and
 * score on hover. `onRemove` (coding mode) offers to remove the current coder's own human codes.
 */
export function CodeChips(props: {
  readonly codes: readonly Coding[];
  readonly coder?: string | undefined;
  readonly onRemove?: ((code: string) => void) | undefined;
}): ReactNode {
  if (props.codes.length === 0) return null;
  return (
    <ul className="code-chips" aria-label="Codes">
      {props.codes.map((coding) => {
        const human = coding.kind === "HUMAN";
        const title = human
          ? `coded by ${coding.coder ?? "?"}${coding.at ? ` on ${coding.at.slice(0, 10)}` : ""}${coding.note ? `: ${coding.note}` : ""}`
          : `classified by ${coding.classifier ?? "?"}${coding.rule ? `, rule ${coding.rule}` : ""}${coding.score != null ? `, score ${coding.score.toFixed(2)}` : ""}`;
        return (
          <li
            key={`${coding.kind}:${coding.code}:${coding.coder ?? coding.classifier ?? ""}`}
            className={human ? "chip-human" : "chip-machine"}
            title={title}
          >
            <span className="chip-kind" aria-label={human ? "human code" : "machine code"}>
              {human ? "✎" : "⚙"}
            </span>
            {coding.code}
            {human && props.onRemove && coding.coder === props.coder && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove code ${coding.code}`}
                onClick={() => props.onRemove?.(coding.code)}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
