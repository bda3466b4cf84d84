import type { ModelResolvers, QueryResolvers } from "../generated/resolvers-types.ts";
import { clamp } from "../input/clamp.ts";
import { decodeCursor, encodeCursor } from "../input/page-cursor.ts";
import { read } from "../read.ts";
import { textOrNull } from "../rows/row-values.ts";
import { modelFromRow } from "../rows/model-from-row.ts";
import { postFromRow, threadFromRow } from "../rows/post-from-row.ts";
import type { ApiContext } from "../context.ts";

type Rel = Record<string, unknown>;
type PageRow = { total: number; page: Array<Record<string, unknown>> };

/** Query.model: case-insensitive, since the Hub treats ids case-insensitively. */
export const modelQuery: NonNullable<QueryResolvers["model"]> = async (_parent, { id }, ctx) => {
  const [row] = await read<{ model: Rel }>(ctx, "api/model-by-key", { key: id.toLowerCase() });
  return row ? modelFromRow(row.model) : null;
};

/** The lowercased key every model query takes; a model row always has it (a constraint holds it). */
function keyOf(parent: { key?: string | null | undefined; id?: string | null | undefined }): string {
  return parent.key ?? String(parent.id).toLowerCase();
}

function derivation(rel: Rel, model: Rel) {
  return {
    relation: textOrNull(rel.relation) ?? "unknown",
    source: (rel.source as string | undefined) ?? null,
    rule: (rel.rule as string | undefined) ?? null,
    evidence: rel.evidence ?? null,
    model: modelFromRow(model),
  };
}

function pageSize(ctx: ApiContext, first: number | null | undefined): number {
  return clamp("first", first, 20, 0, ctx.limits.maxPageSize);
}

/** Field resolvers of Model that need another query: each is one named cypher/api file. */
export const modelFields: ModelResolvers = {
  publisher: async (parent, _args, ctx) => {
    const [row] = await read<{ account: Rel }>(ctx, "api/model-publisher", { key: keyOf(parent) });
    return row ? { name: String(row.account.name), ...(row.account as object) } : null;
  },
  parents: async (parent, _args, ctx) => {
    const rows = await read<{ rel: Rel; model: Rel }>(ctx, "api/model-parents", { key: keyOf(parent) });
    return rows.map((row) => derivation(row.rel, row.model));
  },
  children: async (parent, { relation, first, after }, ctx) => {
    const limit = pageSize(ctx, first);
    const skip = decodeCursor(after);
    const [row] = await read<PageRow>(ctx, "api/model-children", {
      key: keyOf(parent),
      relation: relation ?? null,
      skip,
      limit,
    });
    const page = row?.page ?? [];
    const edges = page.map((item, i) => ({
      cursor: encodeCursor(skip + i),
      node: derivation(item.rel as Rel, item.model as Rel),
    }));
    const total = row?.total ?? 0;
    return {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage: skip + edges.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
  descendantsCount: async (parent, _args, ctx) => {
    const [row] = await read<{ count: number }>(ctx, "api/model-descendants-count", { key: keyOf(parent) });
    return row?.count ?? 0;
  },
  mentions: async (parent, { first, after }, ctx) => {
    const limit = pageSize(ctx, first);
    const skip = decodeCursor(after);
    const [row] = await read<PageRow>(ctx, "api/model-mentions", { key: keyOf(parent), skip, limit });
    const page = row?.page ?? [];
    const edges = page.map((item, i) => {
      const rel = item.rel as Rel;
      return {
        cursor: encodeCursor(skip + i),
        node: {
          post: postFromRow(item.post as Rel),
          surface: (rel.surface as string | undefined) ?? null,
          rule: (rel.rule as string | undefined) ?? null,
          count: (rel.count as number | undefined) ?? null,
        },
      };
    });
    const total = row?.total ?? 0;
    return {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage: skip + edges.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
  announcements: async (parent, _args, ctx) => threadLinks(ctx, "api/model-announcements", keyOf(parent)),
  evaluations: async (parent, _args, ctx) => threadLinks(ctx, "api/model-evaluations", keyOf(parent)),
};

async function threadLinks(ctx: ApiContext, query: string, key: string) {
  const rows = await read<{ rel: Rel; thread: Rel }>(ctx, query, { key, limit: ctx.limits.maxPageSize });
  return rows.map((row) => ({
    thread: threadFromRow(row.thread),
    rule: (row.rel.rule as string | undefined) ?? null,
    evidence: row.rel.evidence ?? null,
  }));
}
