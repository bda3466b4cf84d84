import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";

import type { Gateway } from "../db/gateway.ts";
import type { ApiContext } from "./context.ts";
import { compiledExecutionGateway } from "./compiled-execution-gateway.ts";
import { ApiErrorCode } from "./errors/api-error-code.ts";
import { normalizeError } from "./errors/normalize-error.ts";
import { executableSchema } from "./executable-schema.ts";
import { applyCors, type CorsOrigins } from "./http/apply-cors.ts";
import { checkHealth } from "./http/check-health.ts";
import { BodyError, readJsonBody } from "./http/read-body.ts";
import { serveStatic } from "./http/serve-static.ts";
import { DEFAULT_LIMITS, type ApiLimits } from "./limits/api-limits.ts";
import { complexityRule } from "./limits/complexity-rule.ts";
import { depthLimitRule } from "./limits/depth-limit-rule.ts";
import { RateLimiter } from "./limits/rate-limiter.ts";
import { silentLogger, type Logger } from "./logger.ts";
import { resolvers } from "./resolvers/resolvers.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");
/** Largest GraphQL request body accepted. */
const MAX_BODY_BYTES = 1_000_000;

/** Everything the API server needs; only the gateway is required. */
export interface ServerOptions {
  readonly gateway: Gateway;
  /** TCP port; 0 picks a free one (tests). Default 4000. */
  readonly port?: number;
  /** Interface to listen on. Default 127.0.0.1 (0.0.0.0 behind a load balancer). */
  readonly host?: string;
  /** Browser origins allowed to call the API from elsewhere. Default none (same origin only). */
  readonly corsOrigins?: CorsOrigins;
  /** Bearer token that unlocks the coding mutations; without one, the API is read-only for everybody. */
  readonly token?: string | undefined;
  readonly limits?: Partial<ApiLimits>;
  /** The built client served at /. Default dist/client. */
  readonly clientDir?: string;
  /** Rate-limit by the first X-Forwarded-For address (only behind a proxy that sets it). */
  readonly trustProxy?: boolean;
  readonly logger?: Logger;
}

/** A running API server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000/ (GraphQL at /graphql, health at /health). */
  readonly url: string;
  close(): Promise<void>;
}

/** The schema-first type definitions: every server/schema/*.graphql file. */
export function loadTypeDefs(dir = path.join(HERE, "schema")): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

/**
 * Starts the GraphQL API on node:http: POST/GET /graphql (Apollo Server 5), GET /health, and the built client
 * at / with index.html for client-side routes. Stateless: any number can run behind a load balancer.
 */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? silentLogger;
  const corsOrigins = options.corsOrigins ?? [];
  const clientDir = options.clientDir ?? path.join(REPO, "dist", "client");
  const limiter = new RateLimiter(limits.rateLimit, limits.rateWindowMs);
  const tokenDigest = options.token ? digest(options.token) : undefined;

  const httpServer = http.createServer();
  const apollo = new ApolloServer<ApiContext>({
    // Apollo's "gateway" is its one hook for another executor (graphql-jit here), not a database gateway.
    gateway: compiledExecutionGateway(executableSchema(loadTypeDefs(), resolvers)),
    validationRules: [
      depthLimitRule(limits.maxDepth),
      complexityRule({
        maxComplexity: limits.maxComplexity,
        maxPageSize: limits.maxPageSize,
        maxGraphLimit: limits.maxGraphLimit,
      }),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      normalizeError(formatted, error, (cause) =>
        logger.error("request failed", { error: cause instanceof Error ? cause.stack : String(cause) }),
      ),
    // Apollo's cache-control plugin computes a cache hint for every resolved field (16,000 in a 2,000-model
    // familyTree, which tripled its execution time) only to answer "no-store": the schema declares no hints.
    // handleGraphQL sends that header itself.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      unavailableStatusPlugin(),
    ],
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (applyCors(req, res, corsOrigins)) return;
    if (url.pathname === "/health") {
      const health = await checkHealth(options.gateway, 3000);
      sendJson(res, health.status === "ok" ? 200 : 503, health);
      return;
    }
    if (url.pathname === "/graphql") {
      const wait = limiter.take(clientOf(req, options.trustProxy === true));
      if (wait > 0) {
        res.setHeader("Retry-After", String(Math.ceil(wait / 1000)));
        sendJson(res, 429, {
          errors: [
            {
              message: `too many requests; retry in ${Math.ceil(wait / 1000)} s`,
              extensions: { code: ApiErrorCode.RATE_LIMITED, retryAfterMs: wait },
            },
          ],
        });
        return;
      }
      await handleGraphQL(req, res, url);
      return;
    }
    if (serveStatic(req, res, clientDir, url.pathname)) return;
    sendJson(res, 404, { error: "not found", graphql: "/graphql", health: "/health" });
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let body: unknown;
    try {
      body = await readJsonBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      sendJson(res, error.status, {
        errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const authorized = tokenDigest !== undefined && bearerMatches(req.headers.authorization, tokenDigest);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => Promise.resolve({ gateway: options.gateway, limits, authorized }),
    });
    res.setHeader("Cache-Control", "no-store"); // answers depend on a graph that changes; never reuse one
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  httpServer.on("request", (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      logger.error("unhandled request error", {
        error: error instanceof Error ? error.stack : String(error),
      });
      if (!res.headersSent) {
        sendJson(res, 500, {
          errors: [{ message: "internal error", extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } }],
        });
      } else {
        res.end();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port ?? 4000, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  logger.info(`API listening on ${url}graphql`, { health: `${url}health` });
  return {
    url,
    // apollo.stop() drains and closes the HTTP server through the drain plugin.
    close: () => apollo.stop(),
  };
}

/** HTTP 503 when every error of a response is DB_UNAVAILABLE, so load balancers and clients can back off. */
function unavailableStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== "single") return Promise.resolve();
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length > 0 && errors.every((e) => e.extensions?.code === ApiErrorCode.DB_UNAVAILABLE)) {
            response.http.status = 503;
          }
          return Promise.resolve();
        },
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

function clientOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string") return forwarded.split(",")[0]?.trim() ?? "unknown";
  return req.socket.remoteAddress ?? "unknown";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Compares digests in constant time, so the token cannot be guessed byte by byte from response times. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1].trim()), expected);
}
