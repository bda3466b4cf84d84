import type { PostMention } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { read } from "../read.ts";

/**
 * Post.mentions of one thread or comment reached without them (search hits, a user's posts, Model.mentions);
 * thread(id) and its comments, and comments(ids), bring theirs in the same query.
 */
export async function mentionsOf(ctx: ApiContext, id: string): Promise<PostMention[]> {
  const rows = await read<{ itemId: string; mention: PostMention }>(ctx, "api/post-mentions", { ids: [id] });
  return rows.map((row) => row.mention);
}
