import type { MutationResolvers, QueryResolvers } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { BadUserInputError, NotFoundError, UnauthenticatedError } from "../errors/api-error.ts";
import { read, write } from "../read.ts";
import { codingFromRow } from "../rows/coding-from-row.ts";

type CountRow = {
  name: string;
  kind?: string | null;
  description?: string | null;
  themes?: string[];
  codes?: string[];
  count: number;
  classifiedCount: number;
  codedItems: number;
  classifiedItems: number;
  itemsInScope: number;
};

/** Query.codes: each code's count with its denominators (coded items, items in scope). */
export const codesQuery: NonNullable<QueryResolvers["codes"]> = async (_parent, { threadId }, ctx) => {
  const rows = await read<CountRow>(ctx, "api/code-counts", { threadId: scope(threadId) });
  return rows.map((row) => ({ ...row, themes: row.themes ?? [] }));
};

/** Query.themes: each theme's count (items carrying any of its codes) with the same denominators. */
export const themesQuery: NonNullable<QueryResolvers["themes"]> = async (_parent, { threadId }, ctx) => {
  const rows = await read<CountRow>(ctx, "api/theme-counts", { threadId: scope(threadId) });
  return rows.map((row) => ({ ...row, codes: row.codes ?? [] }));
};

function scope(threadId: string | null | undefined): string | null {
  return threadId === null || threadId === undefined ? null : threadId.replace(/^t3_/, "");
}

/** Mutation.codeItem: human coding, only with the bearer token. */
export const codeItemMutation: NonNullable<MutationResolvers["codeItem"]> = async (_parent, args, ctx) => {
  requireToken(ctx);
  const itemId = args.itemId.replace(/^t[13]_/, "");
  const code = nonBlank("code", args.code);
  const coder = nonBlank("coder", args.coder);
  const [row] = await write<{ itemId: string; coding: Record<string, unknown> }>(ctx, "api/code-item", {
    itemId,
    code,
    coder,
    note: args.note ?? null,
    codeKind: args.codeKind ?? "researcher",
  });
  if (row === undefined) throw new NotFoundError(`thread or comment ${JSON.stringify(itemId)}`);
  return codingFromRow(row.itemId, row.coding);
};

/** Mutation.uncodeItem: removes one coder's code from an item, only with the bearer token. */
export const uncodeItemMutation: NonNullable<MutationResolvers["uncodeItem"]> = async (
  _parent,
  args,
  ctx,
) => {
  requireToken(ctx);
  const [row] = await write<{ removed: number }>(ctx, "api/uncode-item", {
    itemId: args.itemId.replace(/^t[13]_/, ""),
    code: args.code,
    coder: args.coder,
  });
  return (row?.removed ?? 0) > 0;
};

function requireToken(ctx: ApiContext): void {
  if (!ctx.authorized) throw new UnauthenticatedError();
}

function nonBlank(argument: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === "") throw new BadUserInputError(argument, "must not be blank");
  if (trimmed.length > 200) throw new BadUserInputError(argument, "at most 200 characters");
  return trimmed;
}
