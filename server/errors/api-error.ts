import { GraphQLError } from "../graphql-js.ts";

import { ApiErrorCode } from "./api-error-code.ts";

/** An error meant for the caller: its message is safe to show and its code is one of ApiErrorCode. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Input the API cannot use; the message says which argument and why. */
export class BadUserInputError extends ApiError {
  constructor(argument: string, why: string) {
    super(ApiErrorCode.BAD_USER_INPUT, `${argument}: ${why}`, { argument });
  }
}

/** Something named by the caller does not exist (for mutations; queries return null instead). */
export class NotFoundError extends ApiError {
  constructor(what: string) {
    super(ApiErrorCode.NOT_FOUND, `${what} not found`);
  }
}

/** A write without the configured bearer token. */
export class UnauthenticatedError extends ApiError {
  constructor() {
    super(ApiErrorCode.UNAUTHENTICATED, "this operation needs the bearer token (Authorization: Bearer …)");
  }
}

/** An operation past the depth limit or the complexity budget. */
export class QueryTooComplexError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ApiErrorCode.QUERY_TOO_COMPLEX, message, extensions);
  }
}
