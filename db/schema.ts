import { loadStatements } from "./cypher.ts";
import type { Gateway } from "./gateway.ts";

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this is safe to repeat. */
export async function applySchema(gateway: Gateway): Promise<number> {
  const statements = loadStatements("schema");
  for (const statement of statements) {
    await gateway.runAutoCommit(statement, {}, "schema");
  }
  await gateway.runAutoCommit("CALL db.awaitIndexes(300)", {}, "schema");
  return statements.length;
}

/** True when every constraint and index that schema.cypher names exists (for /health and `db status`). */
export async function isSchemaApplied(gateway: Gateway): Promise<boolean> {
  const expected = loadStatements("schema")
    .map((statement) => /^CREATE (?:\w+ )*?(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)?.[1])
    .filter((name): name is string => name !== undefined);
  const indexes = await gateway.runAutoCommit<{ name: string }>("SHOW INDEXES YIELD name", {}, "schema");
  const constraints = await gateway.runAutoCommit<{ name: string }>(
    "SHOW CONSTRAINTS YIELD name",
    {},
    "schema",
  );
  const present = new Set([...indexes, ...constraints].map((row) => row.name));
  return expected.every((name) => present.has(name));
}
