import type { CommentResolvers, QueryResolvers, ThreadResolvers } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { read } from "../read.ts";
import { codingFromRow } from "../rows/coding-from-row.ts";
import { commentFromRow, threadFromRow } from "../rows/post-from-row.ts";
import { mentionsOf } from "./post-mentions.ts";

/** Most comments one thread answer carries; r/LocalLLaMA's largest threads have a few thousand. */
const MAX_COMMENTS = 10_000;

/** Query.thread: accepts the base36 id with or without Reddit's `t3_` prefix. */
export const threadQuery: NonNullable<QueryResolvers["thread"]> = async (_parent, { id }, ctx) => {
  const [row] = await read<{ thread: Record<string, unknown> }>(ctx, "api/thread-by-id", {
    id: id.replace(/^t3_/, ""),
  });
  return row ? threadFromRow(row.thread) : null;
};

export const threadFields: ThreadResolvers = {
  comments: async (parent, _args, ctx) => {
    const rows = await read<{ comment: Record<string, unknown> }>(ctx, "api/thread-comments", {
      id: parent.id,
      limit: MAX_COMMENTS,
    });
    return rows.map((row) => commentFromRow(row.comment));
  },
  codes: async (parent, _args, ctx) => parent.codes ?? codesOf(ctx, String(parent.id)),
  mentions: async (parent, _args, ctx) => parent.mentions ?? mentionsOf(ctx, String(parent.id)),
};

export const commentFields: CommentResolvers = {
  codes: async (parent, _args, ctx) => parent.codes ?? codesOf(ctx, String(parent.id)),
  mentions: async (parent, _args, ctx) => parent.mentions ?? mentionsOf(ctx, String(parent.id)),
};

/** Codes of one item reached without them (search hits, mentions, a user's posts). */
async function codesOf(ctx: ApiContext, id: string) {
  const rows = await read<{ itemId: string; coding: Record<string, unknown> }>(ctx, "api/item-codes", {
    ids: [id],
  });
  return rows.map((row) => codingFromRow(row.itemId, row.coding));
}
