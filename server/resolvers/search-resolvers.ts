import type { QueryResolvers } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { clamp } from "../input/clamp.ts";
import { escapeLucene } from "../input/escape-lucene.ts";
import { read } from "../read.ts";
import { modelFromRow } from "../rows/model-from-row.ts";
import { postFromRow } from "../rows/post-from-row.ts";

/** Query.searchModels: full-text over model_text; user input is text, never Lucene syntax. */
export const searchModelsQuery: NonNullable<QueryResolvers["searchModels"]> = async (
  _parent,
  { query, first },
  ctx,
) => {
  const rows = await fullText<{ model: Record<string, unknown> }>(ctx, "api/search-models", query, first);
  return rows.map((row) => ({ score: row.score, model: modelFromRow(row.model) }));
};

/** Query.searchPosts: full-text over post_search (thread titles and bodies, comment bodies). */
export const searchPostsQuery: NonNullable<QueryResolvers["searchPosts"]> = async (
  _parent,
  { query, first },
  ctx,
) => {
  const rows = await fullText<{ post: Record<string, unknown> }>(ctx, "api/search-posts", query, first);
  return rows.map((row) => ({ score: row.score, post: postFromRow(row.post) }));
};

/** Runs a full-text query with the user's text escaped and the page size clamped; no searchable text, no rows. */
async function fullText<R extends Record<string, unknown>>(
  ctx: ApiContext,
  queryName: string,
  text: string,
  first: number | null | undefined,
): Promise<(R & { score: number })[]> {
  const limit = clamp("first", first, 20, 1, ctx.limits.maxPageSize);
  const lucene = escapeLucene(text);
  if (lucene === undefined) return [];
  return read<R & { score: number }>(ctx, queryName, { query: lucene, limit });
}
