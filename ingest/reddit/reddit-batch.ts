import type { IngestProblem } from "../common/ingest-report.ts";
import type { CommentRow, RedditItem, ThreadRow } from "./reddit-rows.ts";

/**
 * The rows of one write transaction, threads and comments apart. An id seen twice in one batch keeps the later
 * record (the newer observation) and reports the earlier one as a duplicate: one UNWIND must not MERGE the same
 * node twice, or its created/updated count would depend on row order.
 */
export class RedditBatch {
  readonly threads = new Map<string, { row: ThreadRow; where: string }>();
  readonly comments = new Map<string, { row: CommentRow; where: string }>();

  get size(): number {
    return this.threads.size + this.comments.size;
  }

  /** Adds a record; returns the problem to report when it replaced an earlier copy in this batch. */
  add(item: RedditItem, source: string, where: string): IngestProblem | undefined {
    const map: Map<string, { row: ThreadRow | CommentRow; where: string }> =
      item.kind === "thread" ? this.threads : this.comments;
    const earlier = map.get(item.row.id);
    map.delete(item.row.id); // re-inserted last, so the batch keeps input order
    map.set(item.row.id, { row: item.row, where });
    if (earlier === undefined) return undefined;
    return {
      kind: "duplicate-id",
      source,
      where: earlier.where,
      reason: `${item.kind} ${item.row.id} appears again at ${where}; the later record is loaded`,
    };
  }

  /** The row of a record in this batch, so a "more" object can attach its ids to its parent. */
  find(id: string): ThreadRow | CommentRow | undefined {
    return this.comments.get(id)?.row ?? this.threads.get(id)?.row;
  }

  threadRows(): ThreadRow[] {
    return [...this.threads.values()].map((entry) => entry.row);
  }

  commentRows(): CommentRow[] {
    return [...this.comments.values()].map((entry) => entry.row);
  }
}
