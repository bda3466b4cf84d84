/**
 * A normalized Reddit item, shaped for one `UNWIND $rows` write (cypher/reddit/upsert-*.cypher).
 *
 * Property maps follow docs/graph-model.md. A key that is present with `null` removes the property (the source
 * says it is gone); a key that is absent leaves what the graph holds (the source does not know it — an Arctic
 * Shift record has no `depth`, a dump has no folded "more" ids).
 */
export interface RedditRow {
  /** Base36 id without its t1_/t3_ prefix. */
  readonly id: string;
  /** The author's name; null when the source shows none or `[deleted]` (then no user and no POSTED edge). */
  readonly author: string | null;
  /** True when the source shows `[deleted]` as author: an attribution seen earlier is dropped. */
  readonly authorDeleted: boolean;
  /** The author's flair at the time of the record (stored on RedditUser.flair when present). */
  readonly authorFlair: string | null;
  /** String, boolean and list properties, set with `+=`. */
  readonly set: Record<string, string | boolean | string[] | null>;
  /** Whole numbers (score, depth, numComments), stored as integers. */
  readonly ints: Record<string, number | null>;
  /** Times as epoch milliseconds (createdAt, edited, lastSeenAt), stored as UTC datetimes. */
  readonly times: Record<string, number | null>;
}

/** A Thread: `set` holds title, body, flair, subreddit …; `subreddit` is also here for the IN edge. */
export interface ThreadRow extends RedditRow {
  readonly subreddit: string;
}

/** A Comment: `threadId` and `parentId` are also in `set`; here for the REPLY_TO edge. */
export interface CommentRow extends RedditRow {
  readonly threadId: string;
  readonly parentId: string;
}

/** One normalized record with its kind. */
export type RedditItem =
  | { readonly kind: "thread"; readonly row: ThreadRow }
  | { readonly kind: "comment"; readonly row: CommentRow };

/** Where a record came from, for the graph's `source` property. */
export type RedditSource = "reddit-api" | "arctic-shift" | "pushshift";
