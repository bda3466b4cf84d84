import { DbError } from "../db/errors.ts";
import type { Gateway, Params, QueryRunner, Row } from "../db/gateway.ts";
import type { ApiContext } from "./context.ts";

/**
 * Runs a named cypher/api query as a read (routed to readers on a cluster) under the API's read timeout.
 * The driver retries a managed transaction for up to 30 s while Neo4j is unreachable; a caller should hear
 * DB_UNAVAILABLE sooner, so a read still running after `limits.unavailableProbeMs` triggers one quick probe
 * (no retries), and the read fails with DB_UNAVAILABLE if the probe cannot reach Neo4j either.
 */
export function read<R extends Row = Row>(
  ctx: ApiContext,
  queryName: string,
  params: Params = {},
): Promise<R[]> {
  return failFastWhenUnavailable(
    ctx.gateway,
    ctx.gateway.read<R>(queryName, params, { timeoutMs: ctx.limits.readTimeoutMs }),
    ctx.limits.unavailableProbeMs,
  );
}

/** Several named cypher/api reads in one read transaction (see Gateway.readTransaction), same timeout and probe. */
export function readTransaction<T>(ctx: ApiContext, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
  return failFastWhenUnavailable(
    ctx.gateway,
    ctx.gateway.readTransaction(work, { timeoutMs: ctx.limits.readTimeoutMs }),
    ctx.limits.unavailableProbeMs,
  );
}

/** A write (the coding mutations), with the same fast failure while Neo4j is away. */
export function write<R extends Row = Row>(
  ctx: ApiContext,
  queryName: string,
  params: Params = {},
): Promise<R[]> {
  return failFastWhenUnavailable(
    ctx.gateway,
    ctx.gateway.write<R>(queryName, params),
    ctx.limits.unavailableProbeMs,
  );
}

async function failFastWhenUnavailable<T>(
  gateway: Gateway,
  work: Promise<T>,
  probeAfterMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const probe = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      gateway.serverInfo().then(
        () => undefined, // reachable: the query is just slow; its own timeout applies
        (error: unknown) => {
          if (error instanceof DbError && error.code === "DB_UNAVAILABLE") reject(error);
        },
      );
    }, probeAfterMs);
  });
  try {
    return await Promise.race([work, probe]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined); // an abandoned query's later failure is expected, not unhandled
  }
}
