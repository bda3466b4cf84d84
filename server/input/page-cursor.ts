import { BadUserInputError } from "../errors/api-error.ts";

const PREFIX = "offset:";

/**
 * Opaque cursors for connections: the offset after which the next page starts. The server keeps no state,
 * so any instance behind a load balancer can continue any client's pagination.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, "utf8").toString("base64url");
}

/** The offset a cursor from encodeCursor stands for; null/undefined means the start. */
export function decodeCursor(cursor: string | null | undefined, argument = "after"): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError(argument, "not a cursor this API gave out (use pageInfo.endCursor)");
  }
  return offset + 1;
}
