import { describe, expect, it } from "vitest";

import { ApiErrorCode } from "../../server/errors/api-error-code.ts";
import { ApiError } from "../../server/errors/api-error.ts";
import { decodeCursor, encodeCursor } from "../../server/input/page-cursor.ts";

describe("page cursors", () => {
  it("continue after the item they were given for", () => {
    expect(decodeCursor(encodeCursor(0))).toBe(1);
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(null)).toBe(0);
  });

  it("refuse anything the API did not give out, naming the argument", () => {
    for (const bad of [
      "xyz",
      Buffer.from("offset:-3").toString("base64url"),
      Buffer.from("offset:1e3x").toString("base64url"),
    ]) {
      const error = (() => {
        try {
          decodeCursor(bad);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe(ApiErrorCode.BAD_USER_INPUT);
      expect((error as ApiError).message).toMatch(/^after:/);
    }
  });
});
