import { GraphQLError } from "../../server/graphql-js.ts";
import { describe, expect, it } from "vitest";

import { DbError } from "../../db/errors.ts";
import { BadUserInputError } from "../../server/errors/api-error.ts";
import { normalizeError } from "../../server/errors/normalize-error.ts";

/** What graphql-js does to an error a resolver throws. */
function fromResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { path: ["model"], originalError: error });
}

describe("normalizeError", () => {
  it("maps DbError DB_UNAVAILABLE and TIMEOUT to their codes without the driver's message", () => {
    const down = normalizeError(
      { message: "x" },
      fromResolver(
        new DbError("DB_UNAVAILABLE", "Neo4j is unreachable: connect ECONNREFUSED 127.0.0.1:7687"),
      ),
    );
    expect(down.extensions?.code).toBe("DB_UNAVAILABLE");
    expect(down.message).not.toMatch(/ECONNREFUSED|7687/);
    const slow = normalizeError(
      { message: "x" },
      fromResolver(new DbError("TIMEOUT", "query api/x ran long")),
    );
    expect(slow.extensions?.code).toBe("TIMEOUT");
  });

  it("keeps an ApiError's message and code", () => {
    const out = normalizeError(
      { message: "x" },
      fromResolver(new BadUserInputError("limit", "must be at least 1")),
    );
    expect(out).toMatchObject({
      message: "limit: must be at least 1",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("hides anything else behind INTERNAL_SERVER_ERROR, reports it, and never passes a stack trace", () => {
    const reported: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'key')");
    const out = normalizeError(
      { message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } },
      fromResolver(bug),
      (e) => reported.push(e),
    );
    expect(out).toEqual({
      message: "internal error; it has been logged",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(reported).toEqual([bug]);
    const failed = normalizeError(
      { message: "x" },
      fromResolver(new DbError("QUERY_FAILED", "MATCH (n) secret")),
    );
    expect(JSON.stringify(failed)).not.toMatch(/MATCH/);
  });
});
