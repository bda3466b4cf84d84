import { z } from "zod";

import { ConfigError } from "../db/config.ts";
import type { CorsOrigins } from "./http/apply-cors.ts";
import { DEFAULT_LIMITS, type ApiLimits } from "./limits/api-limits.ts";

/** The API server's settings from the environment, read once and validated (flags override them). */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** COMMONS_API_TOKEN: unlocks the coding mutations. Unset: read-only for everybody. */
  readonly token: string | undefined;
  /** COMMONS_CORS_ORIGINS: "*" or a comma-separated list of origins. Unset: same origin only. */
  readonly corsOrigins: CorsOrigins;
  readonly trustProxy: boolean;
  readonly limits: ApiLimits;
}

const int = (min: number) => z.coerce.number().int().min(min);

const schema = z.object({
  COMMONS_API_PORT: int(0).max(65535).default(4000),
  COMMONS_API_HOST: z.string().min(1).default("127.0.0.1"),
  COMMONS_API_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  COMMONS_CORS_ORIGINS: z.string().optional(),
  COMMONS_TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false"),
  COMMONS_API_READ_TIMEOUT_MS: int(1).default(DEFAULT_LIMITS.readTimeoutMs),
  COMMONS_API_RATE_LIMIT: int(1).default(DEFAULT_LIMITS.rateLimit),
  COMMONS_API_MAX_DEPTH: int(2).default(DEFAULT_LIMITS.maxDepth),
  COMMONS_API_MAX_COMPLEXITY: int(10).default(DEFAULT_LIMITS.maxComplexity),
});

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment — ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    port: e.COMMONS_API_PORT,
    host: e.COMMONS_API_HOST,
    token: e.COMMONS_API_TOKEN,
    corsOrigins: parseOrigins(e.COMMONS_CORS_ORIGINS),
    trustProxy: e.COMMONS_TRUST_PROXY === "true" || e.COMMONS_TRUST_PROXY === "1",
    limits: {
      ...DEFAULT_LIMITS,
      readTimeoutMs: e.COMMONS_API_READ_TIMEOUT_MS,
      rateLimit: e.COMMONS_API_RATE_LIMIT,
      maxDepth: e.COMMONS_API_MAX_DEPTH,
      maxComplexity: e.COMMONS_API_MAX_COMPLEXITY,
    },
  };
}

/** "*" or "https://a.example, https://b.example" → the CORS allow-list. */
export function parseOrigins(text: string | undefined): CorsOrigins {
  if (text === undefined || text.trim() === "") return [];
  if (text.trim() === "*") return "*";
  return text
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
}
