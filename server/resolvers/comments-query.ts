import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { read } from "../read.ts";
import { commentFromRow } from "../rows/post-from-row.ts";

/**
 * Query.comments: comments by id (with or without `t1_`), in the order asked, duplicates and absent ids left
 * out; only the first maxPageSize distinct ids are read, as every list of the API is clamped to a page.
 */
export const commentsQuery: NonNullable<QueryResolvers["comments"]> = async (_parent, { ids }, ctx) => {
  const wanted = [...new Set(ids.map((id) => id.replace(/^t1_/, "")))].slice(0, ctx.limits.maxPageSize);
  if (wanted.length === 0) return [];
  const rows = await read<{ comment: Record<string, unknown> }>(ctx, "api/comments-by-ids", { ids: wanted });
  return rows.map((row) => commentFromRow(row.comment));
};
