import type { IngestReport } from "../common/ingest-report.ts";
import { normalizeRedditThing } from "./normalize-reddit-thing.ts";
import type { RedditBatch } from "./reddit-batch.ts";
import type { RedditSource } from "./reddit-rows.ts";
import type { ApiThing } from "./walk-api-response.ts";

/** A "more" object found in a response: the ids Reddit folded under `parentId`. */
export interface FoldedReplies {
  readonly parentId: string;
  readonly children: string[];
  readonly where: string;
}

/**
 * Normalizes the things of one API response into `batch` (counting and reporting as it goes) and returns the
 * "more" objects it met, for the caller to expand (live) or keep (files).
 */
export function collectApiThings(
  things: Iterable<ApiThing>,
  batch: RedditBatch,
  report: IngestReport,
  source: string,
  sourceOverride?: RedditSource,
  onRecord?: (data: unknown) => void,
): FoldedReplies[] {
  const more: FoldedReplies[] = [];
  for (const thing of things) {
    if (thing.type === "more") {
      more.push(thing);
      continue;
    }
    report.read += 1;
    if (thing.type === "problem") {
      report.skip({ kind: thing.kind, source, where: thing.where, reason: thing.reason });
      continue;
    }
    const result = normalizeRedditThing(thing.data, thing.hint, sourceOverride);
    if (!result.ok) {
      report.skip({ kind: result.kind, source, where: thing.where, reason: result.reason });
      continue;
    }
    onRecord?.(thing.data);
    const duplicate = batch.add(result.item, source, thing.where);
    if (duplicate !== undefined) report.skip(duplicate);
  }
  return more;
}

/**
 * A thread response is the whole known tree: every item in it gets `moreChildren` — the folded reply ids still
 * unexpanded, or null when none are folded. (A listing knows nothing about replies and leaves them alone.)
 */
export function attachMoreChildren(
  batch: RedditBatch,
  more: readonly FoldedReplies[],
  report: IngestReport,
  source: string,
): void {
  for (const row of [...batch.threadRows(), ...batch.commentRows()]) row.set.moreChildren = null;
  for (const entry of more) {
    const parent = batch.find(entry.parentId);
    if (parent === undefined) {
      report.skip({
        kind: "orphan-more",
        source,
        where: entry.where,
        reason: `a more object for ${entry.parentId}, which is not in this response; its ids are not kept`,
      });
      continue;
    }
    const known = (parent.set.moreChildren as string[] | null) ?? [];
    parent.set.moreChildren = [...known, ...entry.children];
  }
}
