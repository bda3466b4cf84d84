import type { Gateway } from "../../db/gateway.ts";
import { DbError } from "../../db/errors.ts";
import { isSchemaApplied } from "../../db/schema.ts";
import { ApiErrorCode } from "../errors/api-error-code.ts";

/** What GET /health answers; `ok` only when Neo4j answers and the schema is applied. */
export interface Health {
  readonly status: "ok" | "degraded" | "down";
  readonly db: {
    readonly reachable: boolean;
    readonly schemaApplied: boolean | null;
    readonly version?: string;
    readonly code?: string;
  };
}

/**
 * Asks Neo4j, every time (the server keeps no state), within timeoutMs so a load balancer's probe never hangs
 * on a black-holed database.
 */
export async function checkHealth(gateway: Gateway, timeoutMs: number): Promise<Health> {
  const probe = async (): Promise<Health> => {
    const info = await gateway.serverInfo();
    const schemaApplied = await isSchemaApplied(gateway);
    return {
      status: schemaApplied ? "ok" : "degraded",
      db: { reachable: true, schemaApplied, version: info.version },
    };
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DbError("DB_UNAVAILABLE", "health probe timed out")), timeoutMs);
  });
  try {
    return await Promise.race([probe(), timeout]);
  } catch (error) {
    const code =
      error instanceof DbError && error.code !== "DB_UNAVAILABLE"
        ? ApiErrorCode.INTERNAL_SERVER_ERROR
        : ApiErrorCode.DB_UNAVAILABLE;
    return { status: "down", db: { reachable: false, schemaApplied: null, code } };
  } finally {
    clearTimeout(timer);
  }
}
