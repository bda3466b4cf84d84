import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listQueryNames } from "../../db/cypher.ts";
import type { Gateway } from "../../db/gateway.ts";
import { applySchema, isSchemaApplied } from "../../db/schema.ts";
import { closeTestGraph, openTestGraph } from "../support/neo4j.ts";

let gateway: Gateway;

beforeAll(async () => {
  gateway = await openTestGraph();
});
afterAll(() => closeTestGraph(gateway));

describe("schema", () => {
  it("applies twice without error and leaves every constraint and index in place", async () => {
    const first = await applySchema(gateway);
    const second = await applySchema(gateway);
    expect(second).toBe(first);
    expect(await isSchemaApplied(gateway)).toBe(true);
    const constraints = await gateway.runAutoCommit<{ name: string }>("SHOW CONSTRAINTS YIELD name");
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(["model_key", "comment_id", "thread_id"]),
    );
  });

  it("refuses a second node with the same key", async () => {
    await gateway.runAutoCommit("CREATE (:Thread {id: 'dup1'})");
    await expect(gateway.runAutoCommit("CREATE (:Thread {id: 'dup1'})")).rejects.toMatchObject({
      code: "CONSTRAINT",
    });
  });
});

describe("gateway", () => {
  it("writes and reads through named queries, converting Integers and datetimes at the boundary", async () => {
    await gateway.runAutoCommit(
      "CREATE (:Thread {id: 'gw1', score: 42, numComments: 9007199254740993, createdAt: datetime({epochSeconds: 1754524800})})",
    );
    const rows = await gateway.runAutoCommit(
      "MATCH (t:Thread {id: 'gw1'}) RETURN t.score AS score, t.numComments AS big, t.createdAt AS at",
    );
    expect(rows).toEqual([{ score: 42, big: "9007199254740993", at: "2025-08-07T00:00:00Z" }]);
  });

  it("reports an unreachable server as DB_UNAVAILABLE", async () => {
    const { Gateway } = await import("../../db/gateway.ts");
    const { testDbConfig } = await import("../support/neo4j.ts");
    const nowhere = Gateway.connect({ ...testDbConfig(), externalUri: "bolt://127.0.0.1:1" });
    try {
      await expect(nowhere.serverInfo()).rejects.toMatchObject({ code: "DB_UNAVAILABLE" });
    } finally {
      await nowhere.close();
    }
  });

  it("reports Neo4j 5.26", async () => {
    const info = await gateway.serverInfo();
    expect(info.version).toMatch(/^5\.26\./);
  });
});

describe("every query in cypher/", () => {
  const names = listQueryNames().filter((name) => name !== "schema");
  it("are found", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  it.each(names)("EXPLAIN %s compiles against the real database", async (name) => {
    await expect(gateway.explain(name)).resolves.toBeUndefined();
  });
});
