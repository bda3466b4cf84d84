import { describe, expect, it } from "vitest";

import { RateLimiter } from "../../server/limits/rate-limiter.ts";

describe("RateLimiter", () => {
  it("allows `limit` requests per window per client, then says how long to wait", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 3000, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(1000);
    expect(limiter.take("b")).toBe(0);
    now = 1000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
  });
});
