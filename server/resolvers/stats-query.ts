import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { read } from "../read.ts";

/** Bookkeeping labels that are never shown (docs/graph-model.md). */
const HIDDEN_LABELS = new Set(["Checkpoint"]);

/** Query.stats: node counts per label and relationship counts per type (the queries `commons stats` uses). */
export const statsQuery: NonNullable<QueryResolvers["stats"]> = async (_parent, _args, ctx) => {
  const [nodes, relationships] = await Promise.all([
    read<{ label: string; count: number }>(ctx, "stats/node-counts"),
    read<{ type: string; count: number }>(ctx, "stats/relationship-counts"),
  ]);
  return { nodes: nodes.filter((row) => !HIDDEN_LABELS.has(row.label)), relationships };
};
