import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listQueryNames } from "../../db/cypher.ts";
import { Gateway } from "../../db/gateway.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { openTestGraph, testDbConfig } from "../support/neo4j.ts";

// The API's safety rails against the real Neo4j: limits, errors, token, CORS, /health, the client at /, and
// the database going away and coming back (through a TCP proxy, so the shared test server is never stopped).

const TOKEN = "test-token-0123456789abcdef";

async function gql(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>> };
}> {
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

function codes(body: { errors?: Array<Record<string, unknown>> }): unknown[] {
  return (body.errors ?? []).map((e) => (e.extensions as { code?: unknown } | undefined)?.code);
}

let gateway: Gateway;
let server: RunningServer;
let clientDir: string;

beforeAll(async () => {
  gateway = await openTestGraph();
  await gateway.write("api/fixtures/seed-fan-out", { base: "Test/Base-7B", children: 150 });
  clientDir = mkdtempSync(path.join(os.tmpdir(), "commons-client-"));
  mkdirSync(path.join(clientDir, "assets"));
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>commons explorer</title>");
  writeFileSync(path.join(clientDir, "assets", "app.js"), "console.log('app')");
  server = await createServer({
    gateway,
    port: 0,
    token: TOKEN,
    corsOrigins: ["https://explorer.example"],
    clientDir,
    limits: { maxDepth: 6, maxComplexity: 3000, maxPageSize: 100, rateLimit: 1000 },
  });
});

afterAll(async () => {
  await server.close();
  await gateway.close();
});

describe("limits", () => {
  it("clamps page sizes to the maximum instead of failing", async () => {
    const { body } = await gql(
      server,
      '{ model(id: "test/base-7b") { children(first: 1000) { totalCount edges { cursor } } } }',
    );
    const children = (body.data?.model as { children: { totalCount: number; edges: unknown[] } }).children;
    expect(children.totalCount).toBe(150);
    expect(children.edges).toHaveLength(100);
  });

  it("refuses a negative page size with BAD_USER_INPUT naming the argument", async () => {
    const { body } = await gql(
      server,
      '{ model(id: "test/base-7b") { children(first: -1) { totalCount } } }',
    );
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    expect(body.errors?.[0]?.message).toMatch(/^first:/);
  });

  it("refuses a query past the depth limit before running it", async () => {
    const { status, body } = await gql(
      server,
      '{ model(id: "test/base-7b") { parents { model { parents { model { parents { model { id } } } } } } } }',
    );
    expect(status).toBe(400);
    expect(new Set(codes(body))).toEqual(new Set(["QUERY_TOO_COMPLEX"]));
    expect(body.errors?.some((e) => /depth 8 is over the limit of 6/.test(String(e.message)))).toBe(true);
  });

  it("refuses a query over the complexity budget", async () => {
    const { body } = await gql(
      server,
      '{ searchModels(query: "base", first: 100) { model { children(first: 100) { edges { node { relation } } } } } }',
    );
    expect(codes(body)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("clamps familyTree depth to 10 and its limit to the maximum, and says when the limit cut it", async () => {
    const { body } = await gql(
      server,
      '{ familyTree(modelId: "Test/Base-7B", up: 99, down: 99, limit: 50) { truncated nodes { id } edges { source target } } }',
    );
    const tree = body.data?.familyTree as { truncated: boolean; nodes: unknown[]; edges: unknown[] };
    expect(tree.truncated).toBe(true);
    expect(tree.nodes).toHaveLength(50);
  });

  it("rate-limits a client that sends too many requests, with Retry-After", async () => {
    const strict = await createServer({ gateway, port: 0, limits: { rateLimit: 3, rateWindowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await gql(strict, "{ stats { nodes { label } } }")).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await gql(strict, "{ stats { nodes { label } } }");
      expect(codes(limited.body)).toEqual(["RATE_LIMITED"]);
      // /health is not rate-limited: a load balancer's probe must keep working.
      expect((await fetch(`${strict.url}health`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe("named queries", () => {
  it("plans every cypher/api query against the real database", async () => {
    const names = listQueryNames().filter((name) => name.startsWith("api/"));
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) await gateway.explain(name);
  });
});

describe("errors", () => {
  it("answers TIMEOUT when a read runs past the Neo4j transaction timeout", async () => {
    // Everyone helped everyone: chains of 5 from one user are 23^5 (6.4M) paths, seconds of work even on an
    // idle machine (with 15^5 an idle machine once finished before Neo4j's ~2 s timeout check came round).
    await gateway.write("api/fixtures/seed-help-clique", { size: 24 });
    const hasty = await createServer({ gateway, port: 0, limits: { readTimeoutMs: 300 } });
    try {
      const { body } = await gql(
        hasty,
        '{ redditUser(name: "clique_user_1") { helpChains(depth: 5) { users } } }',
      );
      expect(codes(body)).toContain("TIMEOUT");
      expect(JSON.stringify(body)).not.toMatch(/Neo\.ClientError|api\//);
    } finally {
      await hasty.close();
    }
  });

  it("answers syntax errors with GRAPHQL_PARSE_FAILED and no stack trace", async () => {
    const { body } = await gql(server, "{ model(id: ");
    expect(codes(body)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at \w+ \(/);
  });

  it("answers an unknown field with GRAPHQL_VALIDATION_FAILED", async () => {
    const { body } = await gql(server, '{ cypher(query: "MATCH (n) DETACH DELETE n") }');
    expect(codes(body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("answers bad dates and cursors with BAD_USER_INPUT", async () => {
    const since = await gql(server, '{ helpNetwork(since: "last tuesday") { truncated } }');
    expect(codes(since.body)).toEqual(["BAD_USER_INPUT"]);
    const cursor = await gql(
      server,
      '{ model(id: "test/base-7b") { children(after: "nope") { totalCount } } }',
    );
    expect(codes(cursor.body)).toEqual(["BAD_USER_INPUT"]);
  });

  // Operations run compiled by graphql-jit (server/compiled-execution-gateway.ts); what a client sees must stay
  // what graphql-js gives: variable errors as BAD_USER_INPUT with HTTP 400, a resolver error with its path and
  // location, null bubbling up to the nearest nullable field, and the rest of the data kept.
  it("answers a missing variable with BAD_USER_INPUT and HTTP 400", async () => {
    const { status, body } = await gql(server, "query($id: ID!) { model(id: $id) { id } }");
    expect(status).toBe(400);
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    expect(body.errors?.[0]?.message).toBe('Variable "$id" of required type "ID!" was not provided.');
  });

  it("keeps a resolver error's path and location, and the data of the fields that did not fail", async () => {
    const { status, body } = await gql(
      server,
      '{ ok: model(id: "test/base-7b") { id } bad: model(id: "test/base-7b") { children(first: -1) { totalCount } } }',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ ok: { id: "Test/Base-7B" }, bad: null });
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/^first:/) as unknown,
        locations: [{ line: 1, column: 73 }],
        path: ["bad", "children"],
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) as unknown,
      },
    ]);
  });

  it("runs the operation a request names when its document holds several", async () => {
    const query =
      'query One { model(id: "test/base-7b") { id } } query Two { familyTree(modelId: "Test/Base-7B", limit: 3) { truncated } }';
    for (const [operationName, data] of [
      ["Two", { familyTree: { truncated: true } }],
      ["One", { model: { id: "Test/Base-7B" } }],
    ] as const) {
      const response = await fetch(`${server.url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, operationName }),
      });
      expect(await response.json()).toEqual({ data });
    }
  });

  it("returns null, not an error, for something that does not exist", async () => {
    const { body } = await gql(
      server,
      '{ model(id: "nobody/nothing") { id } thread(id: "zzzzzz") { id } redditUser(name: "no_such_user_x") { name } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ model: null, thread: null, redditUser: null });
  });
});

describe("writes need the token", () => {
  it("refuses a coding mutation without the bearer token", async () => {
    const { body } = await gql(
      server,
      'mutation { codeItem(itemId: "abc", code: "privacy", coder: "r1") { code } }',
    );
    expect(codes(body)).toEqual(["UNAUTHENTICATED"]);
    const wrong = await gql(
      server,
      'mutation { codeItem(itemId: "abc", code: "privacy", coder: "r1") { code } }',
      {},
      {
        authorization: "Bearer wrong-token-0123456789",
      },
    );
    expect(codes(wrong.body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("with the token, says NOT_FOUND for an item that does not exist and writes nothing", async () => {
    const { body } = await gql(
      server,
      'mutation { codeItem(itemId: "nothere", code: "privacy", coder: "r1") { code } }',
      {},
      {
        authorization: `Bearer ${TOKEN}`,
      },
    );
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    const [row] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (c:Code {name: 'privacy'}) RETURN count(c) AS n",
    );
    expect(row?.n).toBe(0);
  });
});

describe("HTTP", () => {
  it("answers /health with the database's state", async () => {
    const response = await fetch(`${server.url}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      db: { reachable: true, schemaApplied: true },
    });
  });

  it("tells caches not to keep GraphQL answers", async () => {
    const response = await fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ model(id: "nobody/nothing") { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("allows the configured CORS origin and no other", async () => {
    const allowed = await fetch(`${server.url}graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://explorer.example", "access-control-request-method": "POST" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://explorer.example");
    const other = await fetch(`${server.url}graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("serves the built client at /, its assets, and index.html for client-side routes", async () => {
    const root = await fetch(server.url);
    expect(await root.text()).toContain("commons explorer");
    const route = await fetch(`${server.url}model/TheBloke/Llama-2-7B-GGUF`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("commons explorer");
    const asset = await fetch(`${server.url}assets/app.js`);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
    const escape = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toMatch(/root:/);
  });
});

/** A TCP proxy in front of the test Neo4j that can be cut and restored, to play a database outage. */
class CuttableProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe("routing", () => {
  it("serves through a neo4j:// (routing) URI, as with a cluster or Aura, reads routed as reads", async () => {
    const bolt = new URL(testDbConfig().externalUri ?? "bolt://127.0.0.1:7688");
    const routed = Gateway.connect({ ...testDbConfig(), externalUri: `neo4j://${bolt.host}` });
    const api = await createServer({ gateway: routed, port: 0 });
    try {
      const { body } = await gql(
        api,
        '{ model(id: "test/base-7b") { id children(first: 1) { totalCount } } }',
      );
      expect(body.data?.model).toEqual({ id: "Test/Base-7B", children: { totalCount: 150 } });
    } finally {
      await api.close();
      await routed.close();
    }
  });
});

describe("when Neo4j goes away", () => {
  it("says DB_UNAVAILABLE on /health and on queries, and recovers by itself when it returns", async () => {
    const target = new URL(testDbConfig().externalUri ?? "bolt://127.0.0.1:7688");
    const proxy = new CuttableProxy(target.hostname, Number(target.port));
    await proxy.open();
    const proxied = Gateway.connect({ ...testDbConfig(), externalUri: `bolt://127.0.0.1:${proxy.port}` });
    const api = await createServer({ gateway: proxied, port: 0, limits: { unavailableProbeMs: 300 } });
    try {
      expect((await gql(api, '{ model(id: "test/base-7b") { id } }')).body.data?.model).toEqual({
        id: "Test/Base-7B",
      });

      await proxy.cut();
      const health = await fetch(`${api.url}health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        status: "down",
        db: { reachable: false, code: "DB_UNAVAILABLE" },
      });
      const down = await gql(api, '{ model(id: "test/base-7b") { id } }');
      expect(down.status).toBe(503);
      expect(codes(down.body)).toEqual(["DB_UNAVAILABLE"]);
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1/);

      await proxy.open(); // same port: the database is back
      const back = await gql(api, '{ model(id: "test/base-7b") { id } }');
      expect(back.body.data?.model).toEqual({ id: "Test/Base-7B" });
      expect((await fetch(`${api.url}health`)).status).toBe(200);
    } finally {
      await api.close();
      await proxied.close();
      await proxy.cut().catch(() => undefined);
    }
  });
});
