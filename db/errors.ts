/** The project's own database errors: callers never see a driver error class. */
export type DbErrorCode = "DB_UNAVAILABLE" | "QUERY_FAILED" | "QUERY_NOT_FOUND" | "TIMEOUT" | "CONSTRAINT";

export class DbError extends Error {
  override readonly name = "DbError";
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps a neo4j-driver error (or anything thrown) to a DbError with a code the API can expose. */
export function toDbError(error: unknown, queryName: string): DbError {
  if (error instanceof DbError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ECONNRESET/.test(message)) {
    return new DbError("DB_UNAVAILABLE", `Neo4j is unreachable (${queryName}): ${message}`, { cause: error });
  }
  if (typeof code === "string" && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code)) {
    return new DbError("TIMEOUT", `query ${queryName} ran past its time limit`, { cause: error });
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new DbError("CONSTRAINT", `query ${queryName} broke a constraint: ${message}`, { cause: error });
  }
  return new DbError("QUERY_FAILED", `query ${queryName} failed: ${message}`, { cause: error });
}
