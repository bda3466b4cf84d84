import type { Command } from "commander";
import pino from "pino";

import { Gateway } from "../db/gateway.ts";
import { createServer } from "../server/create-server.ts";
import type { Logger } from "../server/logger.ts";
import { parseOrigins, readServerConfig } from "../server/server-config.ts";

/** `commons serve [--port 4000] [--host 127.0.0.1] [--cors ORIGINS]`: the GraphQL API and the built client. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the GraphQL API at /graphql, /health and the built client at / (needs Neo4j up)")
    .option("--port <port>", "TCP port (env COMMONS_API_PORT, default 4000)")
    .option(
      "--host <host>",
      "interface (env COMMONS_API_HOST, default 127.0.0.1; 0.0.0.0 behind a load balancer)",
    )
    .option(
      "--cors <origins>",
      'allowed browser origins: "*" or a comma-separated list (env COMMONS_CORS_ORIGINS)',
    )
    .action(async (flags: { port?: string; host?: string; cors?: string }) => {
      const config = readServerConfig();
      const port = flags.port !== undefined ? Number(flags.port) : config.port;
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port: not a port: ${flags.port}`);
      const log = pino({ level: process.env.LOG_LEVEL ?? "info" });
      const logger: Logger = {
        debug: (message, details) => log.debug(details ?? {}, message),
        info: (message, details) => log.info(details ?? {}, message),
        warn: (message, details) => log.warn(details ?? {}, message),
        error: (message, details) => log.error(details ?? {}, message),
      };
      const gateway = Gateway.connect();
      const server = await createServer({
        gateway,
        port,
        host: flags.host ?? config.host,
        corsOrigins: flags.cors !== undefined ? parseOrigins(flags.cors) : config.corsOrigins,
        token: config.token,
        trustProxy: config.trustProxy,
        limits: config.limits,
        logger,
      });
      console.log(`commons API: ${server.url}graphql  health: ${server.url}health  client: ${server.url}`);
      if (config.token === undefined)
        console.log("read-only: set COMMONS_API_TOKEN to allow coding mutations");
      const stop = async (): Promise<void> => {
        await server.close();
        await gateway.close();
      };
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void stop();
        });
      }
    });
}
