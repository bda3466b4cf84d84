import { ConfigError } from "../db/config.ts";
import { DbError } from "../db/errors.ts";
import { LocalServerError } from "../db/neo4j/local-server.ts";

/** Errors we expect get one clear line and exit 1; anything else keeps its stack for a bug report. */
export function reportFailure(error: unknown): void {
  if (error instanceof ConfigError || error instanceof DbError || error instanceof LocalServerError) {
    console.error(`commons: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
