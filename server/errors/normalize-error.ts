import type { GraphQLFormattedError } from "../graphql-js.ts";
import { GraphQLError } from "../graphql-js.ts";

import { DbError } from "../../db/errors.ts";
import { ApiErrorCode } from "./api-error-code.ts";
import { ApiError } from "./api-error.ts";

/** Codes Apollo and graphql-js assign themselves that are already safe to pass on. */
const PASS_THROUGH = new Set<string>([
  ApiErrorCode.GRAPHQL_PARSE_FAILED,
  ApiErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApiErrorCode.BAD_USER_INPUT,
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The edge of the API (Apollo's formatError): whatever was thrown leaves as a message that is safe to show and
 * one code of ApiErrorCode — never a stack trace, a driver message or a Cypher text.
 * `report` receives the errors that are our bug or the database's, so they are logged, not lost.
 */
export function normalizeError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const original = innermost(error);
  const base = { message: formatted.message, ...pick(formatted) };
  if (original instanceof ApiError) {
    return {
      ...base,
      message: original.message,
      extensions: { ...original.extensions, code: original.code },
    };
  }
  if (original instanceof DbError) {
    switch (original.code) {
      case "DB_UNAVAILABLE":
        return {
          ...base,
          message: "the graph database is unavailable; try again shortly",
          extensions: { code: ApiErrorCode.DB_UNAVAILABLE },
        };
      case "TIMEOUT":
        return {
          ...base,
          message: "the query ran past its time limit; ask for less (lower limit, depth or page size)",
          extensions: { code: ApiErrorCode.TIMEOUT },
        };
      case "QUERY_FAILED":
      case "QUERY_NOT_FOUND":
      case "CONSTRAINT":
        report(original);
        return internal(base);
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PASS_THROUGH.has(code)) {
    return { ...base, extensions: { code } };
  }
  report(original);
  return internal(base);
}

function internal(base: GraphQLFormattedError): GraphQLFormattedError {
  return {
    ...base,
    message: "internal error; it has been logged",
    extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Keeps where the error happened (locations, path), drops everything else (stacktrace, exception). */
function pick(formatted: GraphQLFormattedError): Pick<GraphQLFormattedError, "locations" | "path"> {
  return {
    ...(formatted.locations !== undefined ? { locations: formatted.locations } : {}),
    ...(formatted.path !== undefined ? { path: formatted.path } : {}),
  };
}

/** The error our code threw, under graphql-js's and Apollo's wrappers (resolver and validation errors). */
function innermost(error: unknown): unknown {
  let current = error;
  while (
    current instanceof GraphQLError &&
    current.originalError !== undefined &&
    current.originalError !== current
  ) {
    if (current instanceof ApiError) return current;
    current = current.originalError;
  }
  return current;
}
