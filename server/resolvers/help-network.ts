import type { GraphEdge, GraphNode, QueryResolvers } from "../generated/resolvers-types.ts";
import { clamp } from "../input/clamp.ts";
import { parseInstant } from "../input/parse-instant.ts";
import { read } from "../read.ts";

/** Query.helpNetwork: the heaviest HELPED edges in a time window, as a Graph of users. */
export const helpNetworkQuery: NonNullable<QueryResolvers["helpNetwork"]> = async (_parent, args, ctx) => {
  const limit = clamp("limit", args.limit, 2000, 1, ctx.limits.maxGraphLimit);
  const since = parseInstant("since", args.since);
  const until = parseInstant("until", args.until);
  const rows = await read<{ source: string; target: string; rel: Record<string, unknown> }>(
    ctx,
    "api/help-network",
    {
      minWeight: args.minWeight ?? 1,
      since,
      until,
      cap: limit + 1,
    },
  );
  const truncated = rows.length > limit;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const row of rows.slice(0, limit)) {
    for (const name of [row.source, row.target]) {
      if (!nodes.has(name)) nodes.set(name, { id: name, kind: "RedditUser", label: name, data: { name } });
    }
    edges.push({ source: row.source, target: row.target, type: "HELPED", data: row.rel });
  }
  return { nodes: [...nodes.values()], edges, truncated };
};
