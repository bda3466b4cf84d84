import path from "node:path";
import { z } from "zod";

/**
 * Where the graph lives and how to reach it, read once from the environment and validated.
 * With NEO4J_URI set nothing is started locally: that server (Docker, Aura, a cluster) is used as it is.
 */
export interface DbConfig {
  /** Bolt URI of an external server; undefined means the embedded local Neo4j. */
  readonly externalUri: string | undefined;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string;
  readonly local: LocalNeo4jConfig;
}

/** The embedded Neo4j that `commons db start` runs when no NEO4J_URI is given. */
export interface LocalNeo4jConfig {
  readonly host: string;
  readonly boltPort: number;
  /** Store, logs and PID file. */
  readonly home: string;
  readonly heap: string;
  readonly pageCache: string;
  readonly transactionMemory: string;
}

const byteSize = z.string().regex(/^\d+[kmg]?$/i, "a size such as 512m or 2g");

const environmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  COMMONS_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  COMMONS_DATA_DIR: z.string().min(1).default(".data"),
  COMMONS_NEO4J_HEAP: byteSize.default("2g"),
  COMMONS_NEO4J_PAGECACHE: byteSize.default("1g"),
  COMMONS_NEO4J_TX_MEMORY: byteSize.default("1g"),
});

/** Thrown when the environment holds a value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function readDbConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DbConfig {
  const parsed = environmentSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment — ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.COMMONS_DATA_DIR);
  return {
    externalUri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    local: {
      host: "127.0.0.1",
      boltPort: e.COMMONS_BOLT_PORT,
      home: path.join(dataDir, "neo4j"),
      heap: e.COMMONS_NEO4J_HEAP,
      pageCache: e.COMMONS_NEO4J_PAGECACHE,
      transactionMemory: e.COMMONS_NEO4J_TX_MEMORY,
    },
  };
}

/** The URI clients connect to: the external one, or the local embedded server's. */
export function boltUri(config: DbConfig): string {
  return config.externalUri ?? `bolt://${config.local.host}:${config.local.boltPort}`;
}

/** An exported-but-empty variable (NEO4J_URI=) means "not set", as in most tools. */
function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
    ),
  );
}
