import type { CodeBucket, QueryResolvers } from "../generated/resolvers-types.ts";
import { read } from "../read.ts";

type BucketRow = Omit<CodeBucket, "codes"> & {
  codes: Array<{
    name: string;
    kind?: string | null;
    themes?: string[];
    count: number;
    classifiedCount: number;
  }>;
};

/**
 * Query.codeTimeline: per month, each code's and theme's human and machine counts with that month's denominators (items in
 * scope, items with any human code, items with any classification). MONTH is the only bucket so far.
 */
export const codeTimelineQuery: NonNullable<QueryResolvers["codeTimeline"]> = async (
  _parent,
  { threadId },
  ctx,
) => {
  const rows = await read<BucketRow>(ctx, "api/code-timeline", {
    threadId: threadId ? threadId.replace(/^t3_/, "") : null,
  });
  return rows.map((row) => ({
    ...row,
    codes: row.codes
      .map((code) => ({ ...code, kind: code.kind ?? null, themes: code.themes ?? [] }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    themes: [...row.themes].sort((a, b) => a.name.localeCompare(b.name)),
  }));
};
