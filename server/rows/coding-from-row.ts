import type { Coding } from "../generated/resolvers-types.ts";
import { textOrNull } from "./row-values.ts";

/**
 * A CODED or CLASSIFIED relationship (as `k {.*, type: type(k), code: code.name}`) as a Coding; `kind` keeps
 * human and machine coding apart, as the research needs.
 */
export function codingFromRow(itemId: string, row: Record<string, unknown>): Coding {
  return {
    __typename: "Coding",
    itemId,
    code: textOrNull(row.code) ?? "",
    kind: row.type === "CODED" ? "HUMAN" : "MACHINE",
    coder: textOrNull(row.coder),
    at: textOrNull(row.at),
    note: textOrNull(row.note),
    classifier: textOrNull(row.classifier),
    score: typeof row.score === "number" ? row.score : null,
    rule: textOrNull(row.rule),
    evidence: row.evidence ?? null,
  };
}
