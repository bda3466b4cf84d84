import type { QueryResolvers } from "../generated/resolvers-types.ts";
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
  const limit = clamp("first", first, 20, 1, ctx.limits.maxPageSize);
  const lucene = escapeLucene(query);
  if (lucene === undefined) return [];
  const rows = await read<{ model: Record<string, unknown>; score: number }>(ctx, "api/search-models", {
    query: lucene,
    limit,
  });
  return rows.map((row) => ({ score: row.score, model: modelFromRow(row.model) }));
};

/** Query.searchPosts: full-text over post_text (thread titles and bodies, comment bodies). */
export const searchPostsQuery: NonNullable<QueryResolvers["searchPosts"]> = async (
  _parent,
  { query, first },
  ctx,
) => {
  const limit = clamp("first", first, 20, 1, ctx.limits.maxPageSize);
  const lucene = escapeLucene(query);
  if (lucene === undefined) return [];
  const rows = await read<{ post: Record<string, unknown>; score: number }>(ctx, "api/search-posts", {
    query: lucene,
    limit,
  });
  return rows.map((row) => ({ score: row.score, post: postFromRow(row.post) }));
};
