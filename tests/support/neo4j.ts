import { inject } from "vitest";

import type { DbConfig } from "../../db/config.ts";
import { Gateway } from "../../db/gateway.ts";
import { testServerConfig } from "./global-neo4j.ts";

/** The configuration the integration tests run the project's code with: the test database of global-neo4j.ts. */
export function testDbConfig(): DbConfig {
  return {
    externalUri: inject("neo4jUri"),
    user: process.env.TEST_NEO4J_USER ?? "neo4j",
    password: process.env.TEST_NEO4J_PASSWORD,
    database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
    local: testServerConfig(),
  };
}

/** Environment variables that make a child `commons` process use the test database. */
export function testDbEnv(): NodeJS.ProcessEnv {
  const config = testDbConfig();
  return {
    ...process.env,
    NEO4J_URI: config.externalUri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password ?? "",
    NEO4J_DATABASE: config.database,
  };
}

export function connectTestGateway(): Gateway {
  return Gateway.connect(testDbConfig());
}

/** Empties the test database (schema stays), so each test file starts from a known graph. */
export async function resetGraph(gateway: Gateway): Promise<void> {
  await gateway.runAutoCommit(
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
    {},
    "reset",
  );
}

/** A gateway on an emptied test database: what a test file that builds its own graph starts from. */
export async function openTestGraph(): Promise<Gateway> {
  const gateway = connectTestGateway();
  await resetGraph(gateway);
  return gateway;
}

/** Empties the test database again and closes the gateway, so the next file finds no leftovers. */
export async function closeTestGraph(gateway: Gateway | undefined): Promise<void> {
  if (gateway === undefined) return;
  await resetGraph(gateway);
  await gateway.close();
}
