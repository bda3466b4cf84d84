import type { QueryResolvers, RedditUserResolvers } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { clamp } from "../input/clamp.ts";
import { decodeCursor, encodeCursor } from "../input/page-cursor.ts";
import { read } from "../read.ts";
import { textList } from "../rows/row-values.ts";
import { postFromRow } from "../rows/post-from-row.ts";

type Rel = Record<string, unknown>;

/** Query.redditUser: exact name, else a case-insensitive match. */
export const redditUserQuery: NonNullable<QueryResolvers["redditUser"]> = async (_parent, { name }, ctx) => {
  const [row] = await read<{ user: Rel | null }>(ctx, "api/reddit-user", { name: name.replace(/^u\//, "") });
  return row?.user ? { ...(row.user as object), name: String(row.user.name) } : null;
};

export const redditUserFields: RedditUserResolvers = {
  posts: async (parent, { first, after }, ctx) => {
    const limit = clamp("first", first, 20, 0, ctx.limits.maxPageSize);
    const skip = decodeCursor(after);
    const [row] = await read<{ total: number; page: Rel[] }>(ctx, "api/user-posts", {
      name: parent.name,
      skip,
      limit,
    });
    const edges = (row?.page ?? []).map((post, i) => ({
      cursor: encodeCursor(skip + i),
      node: postFromRow(post),
    }));
    const total = row?.total ?? 0;
    return {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage: skip + edges.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
  helped: async (parent, _args, ctx) => helps(ctx, "api/user-helped", String(parent.name)),
  helpedBy: async (parent, _args, ctx) => helps(ctx, "api/user-helped-by", String(parent.name)),
  helpChains: async (parent, { depth, first }, ctx) => {
    const rows = await read<{ users: string[]; weights: number[] }>(ctx, "api/user-help-chains", {
      name: parent.name,
      depth: clamp("depth", depth, 3, 1, 5),
      limit: clamp("first", first, 20, 1, ctx.limits.maxPageSize),
    });
    return rows;
  },
  sameAs: async (parent, _args, ctx) => {
    const rows = await read<{ account: Rel; rel: Rel }>(ctx, "api/user-same-as", { name: parent.name });
    return rows.map((row) => ({
      account: { ...(row.account as object), name: String(row.account.name) },
      confidence: (row.rel.confidence as number | undefined) ?? null,
      evidence: textList(row.rel.evidence),
      rule: (row.rel.rule as string | undefined) ?? null,
    }));
  },
};

async function helps(ctx: ApiContext, query: string, name: string) {
  const rows = await read<{ user: string; rel: Rel }>(ctx, query, { name, limit: ctx.limits.maxPageSize });
  return rows.map((row) => ({
    user: { name: row.user },
    weight: Number(row.rel.weight ?? 0),
    acknowledged: row.rel.acknowledged ?? null,
    evidence: textList(row.rel.evidence),
    rule: (row.rel.rule as string | undefined) ?? null,
    firstAt: (row.rel.firstAt as string | undefined) ?? null,
    lastAt: (row.rel.lastAt as string | undefined) ?? null,
  }));
}
