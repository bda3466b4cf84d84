import type { DeepPartial } from "../deep-partial.ts";
import type { Comment, Thread } from "../generated/resolvers-types.ts";
import { codingFromRow } from "./coding-from-row.ts";

/** A thread or comment row (`p {.*, author, __typename[, codes]}`) as the API's Post. */
export type PostValue = DeepPartial<Thread> | DeepPartial<Comment>;

export function postFromRow(row: Record<string, unknown>): PostValue {
  const id = String(row.id);
  const codes = Array.isArray(row.codes)
    ? row.codes.map((coding) => codingFromRow(id, coding as Record<string, unknown>))
    : undefined;
  const edited = row.edited === true ? "true" : typeof row.edited === "string" ? row.edited : null;
  const base = { ...row, id, edited, ...(codes !== undefined ? { codes } : {}) };
  return row.__typename === "Thread" ? { ...base, __typename: "Thread" } : { ...base, __typename: "Comment" };
}

/** A row known to be a thread (thread-by-id, announcements). */
export function threadFromRow(row: Record<string, unknown>): DeepPartial<Thread> {
  return postFromRow({ ...row, __typename: "Thread" }) as DeepPartial<Thread>;
}

/** A row known to be a comment (thread-comments). */
export function commentFromRow(row: Record<string, unknown>): DeepPartial<Comment> {
  return postFromRow({ ...row, __typename: "Comment" }) as DeepPartial<Comment>;
}
