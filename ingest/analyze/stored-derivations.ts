import type { CommentPageRow } from "./comment-page-rows.ts";

/**
 * A MENTIONS edge, or a CLASSIFIED edge of the running classifier, as a post holds it from the last analysis
 * (read with the post's text: `derived` of analyze/pending-comments and analyze/all-comments).
 */
export interface StoredDerivation {
  readonly type: "MENTIONS" | "CLASSIFIED";
  /** The target's kind: model, dataset, hardware, engine (MENTIONS) or code (CLASSIFIED). */
  readonly target: string | null;
  /** The target's key (models, datasets) or name (hardware, engines, codes). */
  readonly key: string | null;
  readonly props: Readonly<Record<string, unknown>>;
}

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
    for (const m of row[list]) {
      fresh.push(edgeLine("MENTIONS", target, m.key, { surface: m.surface, rule: m.rule, count: m.count }));
    }
  }
  for (const s of row.codes) {
    fresh.push(
      edgeLine("CLASSIFIED", "code", s.code, {
        score: s.score,
        rule: s.rule,
        evidence: s.evidence,
        model: s.model,
        prompt: s.prompt,
      }),
    );
  }
  if (fresh.length !== stored.length) return false;
  const held = stored.map((edge) => {
    const { classifier: _classifier, ...props } = edge.props;
    return edgeLine(edge.type, edge.target, edge.key, props);
  });
  fresh.sort();
  held.sort();
  return fresh.every((line, i) => line === held[i]);
}

/** One edge as a comparable line; absent and null properties are the same (Neo4j stores no nulls). */
function edgeLine(
  type: string,
  target: string | null,
  key: string | null,
  props: Readonly<Record<string, unknown>>,
): string {
  const present = Object.entries(props)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([type, target, key, present]);
}
