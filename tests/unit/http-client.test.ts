import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { HttpClient, HttpError, parseRetryAfter } from "../../ingest/common/http-client.ts";

let server: Server | undefined;

/** A real HTTP server on 127.0.0.1 answering with the scripted statuses and headers, in order. */
async function serve(script: { status: number; headers?: Record<string, string> }[]): Promise<string> {
  let index = 0;
  server = createServer((_request, response) => {
    const step = script[Math.min(index, script.length - 1)] ?? { status: 500 };
    index += 1;
    response.writeHead(step.status, { "content-type": "application/json", ...step.headers });
    response.end(JSON.stringify({ step: index }));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/x`;
}

afterEach(async () => {
  const running = server;
  if (running !== undefined) await new Promise((resolve) => running.close(resolve));
  server = undefined;
});

function client(
  waits: number[],
  extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {},
): HttpClient {
  return new HttpClient({
    userAgent: "commons-graph-test/1",
    maxRequests: 100,
    windowMs: 60_000,
    backoffMs: 10,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...extra,
  });
}

describe("HttpClient", () => {
  it("honours Retry-After on a 429 and then returns the answer", async () => {
    const url = await serve([{ status: 429, headers: { "retry-after": "7" } }, { status: 200 }]);
    const waits: number[] = [];
    const http = client(waits);
    const response = await http.get(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ step: 2 });
    expect(waits).toEqual([7000]);
    expect(http.requests).toBe(2);
  });

  it("backs off exponentially on 5xx without Retry-After and gives up with an HttpError after maxRetries", async () => {
    const url = await serve([{ status: 503 }]);
    const waits: number[] = [];
    const http = client(waits, { maxRetries: 3 });
    await expect(http.get(url)).rejects.toBeInstanceOf(HttpError);
    expect(waits).toEqual([10, 20, 40]);
    expect(http.requests).toBe(4);
  });

  it("does not retry a 404", async () => {
    const url = await serve([{ status: 404 }, { status: 200 }]);
    const http = client([]);
    expect((await http.get(url)).status).toBe(404);
    expect(http.requests).toBe(1);
  });

  it("pauses when Reddit's X-Ratelimit-Remaining reaches zero, for X-Ratelimit-Reset seconds", async () => {
    const url = await serve([
      { status: 200, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3" } },
    ]);
    const waits: number[] = [];
    const reasons: string[] = [];
    const http = client(waits, { onWait: (_ms, reason) => reasons.push(reason) });
    await (await http.get(url)).text();
    await (await http.get(url)).text();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(2000);
    expect(reasons[0]).toMatch(/rate limit/);
  });

  it("keeps to its own window: the request past maxRequests waits for the oldest to age out", async () => {
    const url = await serve([{ status: 200 }]);
    const waits: number[] = [];
    const http = client(waits, { maxRequests: 2, windowMs: 60_000 });
    for (let i = 0; i < 3; i += 1) await (await http.get(url)).text();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(59_000);
  });

  it("sends the User-Agent it was given", async () => {
    let seen: string | undefined;
    server = createServer((request, response) => {
      seen = request.headers["user-agent"];
      response.end("ok");
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await (await client([]).get(url)).text();
    expect(seen).toBe("commons-graph-test/1");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and ignores garbage", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 0)).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
