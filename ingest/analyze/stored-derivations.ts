import type { CommentPageRow } from "./comment-page-rows.ts";

/**
 * A MENTIONS edge, or a CLASSIFIED edge of the running classifier, as a post holds it from the last analysis
 * (read with the post's text: `derived` of analyze/pending-comments and analyze/all-comments), as a positional
 * list: the target's kind (model, dataset, hardware, engine for MENTIONS; code for CLASSIFIED), its key (models,
 * datasets) or name, how many properties the edge has, then each property the analyzer writes (null when absent).
 */
export type StoredDerivation = readonly [
  type: "MENTIONS" | "CLASSIFIED",
  target: string | null,
  key: string | null,
  propertyCount: number,
  surface: unknown,
  rule: unknown,
  count: unknown,
  score: unknown,
  evidence: unknown,
  model: unknown,
  prompt: unknown,
];

const TARGET_OF_LIST = [
  ["models", "model"],
  ["datasets", "dataset"],
  ["hardware", "hardware"],
  ["engines", "engine"],
] as const;

/**
 * True when a comment already holds exactly the edges its page row would write — same targets, same properties,
 * nothing more — so the write only clears its flag. Deleting and creating the same edges again was most of the
 * write of re-analysed comments whose text changed in ways the analyzers do not see.
 */
export function sameDerivations(row: CommentPageRow, stored: readonly StoredDerivation[]): boolean {
  const fresh: string[] = [];
  for (const [list, target] of TARGET_OF_LIST) {
    for (const m of row[list]) fresh.push(mentionLine(target, m.key, m.surface, m.rule, m.count));
  }
  for (const s of row.codes) fresh.push(codeLine(s.code, s.score, s.rule, s.evidence, s.model, s.prompt));
  if (fresh.length !== stored.length) return false;
  if (fresh.length === 0) return true;
  const held = stored.map(heldLine);
  fresh.sort();
  held.sort();
  return fresh.every((line, i) => line === held[i]);
}

/**
 * A stored edge as a comparable line; "" when it has properties the analyzer does not write (or lacks some it
 * always writes), so it never equals a fresh one. A MENTIONS edge has surface, rule and count; a CLASSIFIED edge
 * has classifier, score, rule and evidence, and model and prompt when they are not null (Neo4j stores no nulls).
 */
function heldLine([
  type,
  target,
  key,
  propertyCount,
  surface,
  rule,
  count,
  score,
  evidence,
  model,
  prompt,
]: StoredDerivation): string {
  if (type === "MENTIONS") return propertyCount === 3 ? mentionLine(target, key, surface, rule, count) : "";
  const written = 4 + (model === null ? 0 : 1) + (prompt === null ? 0 : 1);
  return target === "code" && propertyCount === written
    ? codeLine(key, score, rule, evidence, model, prompt)
    : "";
}

function mentionLine(target: unknown, key: unknown, surface: unknown, rule: unknown, count: unknown): string {
  return JSON.stringify(["MENTIONS", target, key, surface, rule, count]);
}

function codeLine(
  key: unknown,
  score: unknown,
  rule: unknown,
  evidence: unknown,
  model: unknown,
  prompt: unknown,
): string {
  return JSON.stringify(["CLASSIFIED", key, score, rule, evidence, model, prompt]);
}
