import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import type { LocalNeo4jConfig } from "../../db/config.ts";
import { Gateway } from "../../db/gateway.ts";
import { isPortOpen, localNeo4jPid, startLocalNeo4j, stopLocalNeo4j } from "../../db/neo4j/local-server.ts";

// A second embedded server, on its own port and store, so this test can stop it without touching the
// database the other tests use.
const home = mkdtempSync(path.join(tmpdir(), "commons-neo4j-"));
const config: LocalNeo4jConfig = {
  host: "127.0.0.1",
  boltPort: 7698,
  home,
  heap: "512m",
  pageCache: "64m",
  transactionMemory: "256m",
};

afterAll(async () => {
  await stopLocalNeo4j(config);
  rmSync(home, { recursive: true, force: true });
});

describe("the embedded Neo4j", () => {
  it("starts, answers Bolt with 5.26, is reused by a second start, and stops leaving no Java process", async () => {
    const started = await startLocalNeo4j(config);
    expect(started.alreadyRunning).toBe(false);
    expect(started.version).toMatch(/^5\.26\./);
    const pid = localNeo4jPid(config);
    expect(pid).toBe(started.pid);

    const gateway = Gateway.connect({
      externalUri: "bolt://127.0.0.1:7698",
      user: "neo4j",
      password: undefined,
      database: "neo4j",
      local: config,
    });
    try {
      expect((await gateway.serverInfo()).version).toMatch(/^5\.26\./);
    } finally {
      await gateway.close();
    }

    const again = await startLocalNeo4j(config);
    expect(again.alreadyRunning).toBe(true);

    expect(await stopLocalNeo4j(config)).toBe(true);
    expect(localNeo4jPid(config)).toBeUndefined();
    expect(await isPortOpen("127.0.0.1", 7698)).toBe(false);
    expect(javaProcessesFor(home)).toEqual([]);
    expect(await stopLocalNeo4j(config)).toBe(false);
  });
});

function javaProcessesFor(store: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", store], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}
