import type { Command } from "commander";

import { readDbConfig } from "../db/config.ts";
import { Gateway } from "../db/gateway.ts";
import { localNeo4jPid, startLocalNeo4j, stopLocalNeo4j } from "../db/neo4j/local-server.ts";
import { applySchema, isSchemaApplied } from "../db/schema.ts";
import { DbError } from "../db/errors.ts";

/** `commons db start|stop|status|schema`. */
export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("run and inspect the Neo4j database");

  db.command("start")
    .description("start the embedded Neo4j 5.26 (unless NEO4J_URI names a server) and apply the schema")
    .action(async () => {
      await startDatabase();
    });

  db.command("stop")
    .description("stop the embedded Neo4j this checkout started")
    .action(async () => {
      const config = readDbConfig();
      if (config.externalUri !== undefined) {
        console.log(`NEO4J_URI is set (${config.externalUri}): nothing was started here, nothing to stop`);
        return;
      }
      const stopped = await stopLocalNeo4j(config.local, console.log);
      console.log(stopped ? "Neo4j stopped" : "Neo4j was not running (no live PID file)");
    });

  db.command("status")
    .description("say whether Neo4j is up, its version and whether the schema is applied")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const config = readDbConfig();
      const gateway = Gateway.connect(config);
      try {
        const info = await gateway.serverInfo();
        const schema = await isSchemaApplied(gateway);
        const pid = config.externalUri === undefined ? localNeo4jPid(config.local) : undefined;
        const status = { up: true, ...info, schemaApplied: schema, pid: pid ?? null };
        console.log(
          options.json
            ? JSON.stringify(status)
            : `up: Neo4j ${info.version} ${info.edition} at ${info.uri}; schema ${schema ? "applied" : "NOT applied"}${pid ? `; pid ${pid}` : ""}`,
        );
      } catch (error) {
        if (!(error instanceof DbError) || error.code !== "DB_UNAVAILABLE") throw error;
        console.log(
          options.json
            ? JSON.stringify({ up: false, uri: gateway.uri })
            : `down: nothing answers at ${gateway.uri}`,
        );
        process.exitCode = 3;
      } finally {
        await gateway.close();
      }
    });

  db.command("schema")
    .description("apply cypher/schema.cypher (idempotent)")
    .action(async () => {
      const gateway = Gateway.connect();
      try {
        const count = await applySchema(gateway);
        console.log(`schema applied: ${count} statements`);
      } finally {
        await gateway.close();
      }
    });
}

/** Starts the local server when no NEO4J_URI is set, then applies the schema; shared by `db start` and `demo`. */
export async function startDatabase(log: (line: string) => void = console.log): Promise<void> {
  const config = readDbConfig();
  if (config.externalUri === undefined) {
    const started = await startLocalNeo4j(config.local, log);
    log(
      started.alreadyRunning
        ? `Neo4j already answers on ${config.local.host}:${config.local.boltPort}`
        : `Neo4j ${started.version ?? ""} up on bolt://${config.local.host}:${config.local.boltPort} (pid ${started.pid})`,
    );
  } else {
    log(`using the Neo4j server at ${config.externalUri}`);
  }
  const gateway = Gateway.connect(config);
  try {
    const count = await applySchema(gateway);
    log(`schema applied: ${count} statements`);
  } finally {
    await gateway.close();
  }
}
