import path from "node:path";

import type { TestProject } from "vitest/node";

import type { LocalNeo4jConfig } from "../../db/config.ts";
import { localNeo4jPid, startLocalNeo4j, stopLocalNeo4j } from "../../db/neo4j/local-server.ts";
import { Gateway } from "../../db/gateway.ts";
import { applySchema } from "../../db/schema.ts";

/**
 * Gives the integration tests a real Neo4j 5.26: TEST_NEO4J_URI if set (tests wipe it, so never point this at
 * data you keep), otherwise the embedded server on COMMONS_TEST_BOLT_PORT (default 7688) with its own store
 * under .data/neo4j-test. Starts it only when nothing answers there, and stops only what it started.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_NEO4J_URI;
  const local = testServerConfig();
  const uri = external ?? `bolt://${local.host}:${local.boltPort}`;
  let startedHere = false;
  if (external === undefined) {
    const result = await startLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
    startedHere = !result.alreadyRunning;
    // The tests wipe their database: reuse a running server only if it is the test store's own (its PID file
    // names a live process), never whatever else happens to answer on the port.
    if (result.alreadyRunning && localNeo4jPid(local) === undefined) {
      throw new Error(
        `something that is not the test database (${local.home}) answers on port ${local.boltPort}; the tests ` +
          "wipe their database, so they will not use it. Set COMMONS_TEST_BOLT_PORT to a free port, or " +
          "TEST_NEO4J_URI to a database you mean to have wiped.",
      );
    }
  }
  const gateway = Gateway.connect({
    externalUri: uri,
    user: process.env.TEST_NEO4J_USER ?? "neo4j",
    password: process.env.TEST_NEO4J_PASSWORD,
    database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
    local,
  });
  try {
    await applySchema(gateway);
  } finally {
    await gateway.close();
  }
  project.provide("neo4jUri", uri);
  return async () => {
    if (startedHere) await stopLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
  };
}

export function testServerConfig(): LocalNeo4jConfig {
  return {
    host: "127.0.0.1",
    boltPort: Number(process.env.COMMONS_TEST_BOLT_PORT ?? 7688),
    home: path.resolve(process.env.COMMONS_TEST_DATA_DIR ?? path.join(".data", "neo4j-test")),
    heap: process.env.COMMONS_TEST_NEO4J_HEAP ?? "1500m",
    pageCache: "512m",
    transactionMemory: "1g",
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
