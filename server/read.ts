import type { Params, Row } from "../db/gateway.ts";
import type { ApiContext } from "./context.ts";

/** Runs a named cypher/api query as a read (routed to readers on a cluster) under the API's read timeout. */
export function read<R extends Row = Row>(
  ctx: ApiContext,
  queryName: string,
  params: Params = {},
): Promise<R[]> {
  return ctx.gateway.read<R>(queryName, params, { timeoutMs: ctx.limits.readTimeoutMs });
}
