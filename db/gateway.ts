import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from "neo4j-driver";

import { boltUri, readDbConfig, type DbConfig } from "./config.ts";
import { loadQuery } from "./cypher.ts";
import { toDbError } from "./errors.ts";
import { toNative } from "./values.ts";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** neo4j-driver's fetch size for "every record in one batch" (the driver does not export its constant). */
const FETCH_ALL = -1;

/** Options for one read. */
export interface ReadOptions {
  /** Server-side transaction timeout; a read past it fails with DbError TIMEOUT. */
  readonly timeoutMs?: number;
}

/** Runs named queries inside one transaction (see Gateway.writeTransaction). */
export interface QueryRunner {
  run<R extends Row = Row>(queryName: string, params?: Params): Promise<R[]>;
}

/** What `db status` reports. */
export interface ServerInfo {
  readonly uri: string;
  readonly edition: string;
  readonly version: string;
}

/**
 * The only place that talks to neo4j-driver: sessions opened and closed here, reads routed as reads
 * (clusters and Aura), writes retried by the driver's managed transactions, queries referenced by their
 * cypher/ file name, driver values and errors converted before anything else sees them.
 */
export class Gateway {
  private constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly uri: string,
  ) {}

  static connect(config: DbConfig = readDbConfig()): Gateway {
    const uri = boltUri(config);
    const auth = config.password !== undefined ? neo4j.auth.basic(config.user, config.password) : undefined;
    const driver = neo4j.driver(uri, auth, {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 64,
      // Every query's rows are collected whole (QueryRunner.run returns them all), so the driver's default
      // batches of 1,000 records only added round trips: a 2,001-row familyTree level took three PULLs.
      fetchSize: FETCH_ALL,
      connectionAcquisitionTimeout: 30_000,
      logging: { level: "error", logger: () => undefined },
    });
    return new Gateway(driver, config.database, uri);
  }

  /** A read-only query; routed to readers on a cluster. */
  async read<R extends Row = Row>(
    queryName: string,
    params: Params = {},
    options: ReadOptions = {},
  ): Promise<R[]> {
    return this.readTransaction((tx) => tx.run<R>(queryName, params), options);
  }

  /**
   * Several named read queries in one read transaction (one session, one commit): for a caller whose next query
   * depends on the previous answer, like a level-by-level walk, so each step costs one round trip, not three.
   * `work` may run more than once (the driver retries transient failures), so it must start from scratch.
   */
  async readTransaction<T>(work: (tx: QueryRunner) => Promise<T>, options: ReadOptions = {}): Promise<T> {
    return this.transaction("READ", work, options);
  }

  /** One write query in its own transaction, retried on transient errors. */
  async write<R extends Row = Row>(queryName: string, params: Params = {}): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run<R>(queryName, params));
  }

  /** Several named queries in one transaction: all of them land, or none (so a crash leaves no half batch). */
  async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction("WRITE", work);
  }

  /**
   * A statement in an auto-commit transaction: needed for schema commands and for
   * `CALL { … } IN TRANSACTIONS`, which Neo4j refuses inside an explicit transaction.
   */
  async runAutoCommit<R extends Row = Row>(
    text: string,
    params: Params = {},
    label = "auto-commit",
  ): Promise<R[]> {
    const session = this.session("WRITE");
    try {
      return rows<R>(await session.run(text, params));
    } catch (error) {
      throw toDbError(error, label);
    } finally {
      await session.close();
    }
  }

  /** Plans a named query without running it; throws if Neo4j cannot compile it. */
  async explain(queryName: string): Promise<void> {
    await this.runAutoCommit(`EXPLAIN ${loadQuery(queryName)}`, {}, queryName);
  }

  /** Connects and reports the server's version; throws DbError DB_UNAVAILABLE when nothing answers. */
  async serverInfo(): Promise<ServerInfo> {
    const session = this.driver.session({ database: "system", defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run("CALL dbms.components() YIELD name, versions, edition RETURN *");
      const first = result.records[0];
      const versions = (first?.get("versions") as string[] | undefined) ?? [];
      return {
        uri: this.uri,
        edition: String(first?.get("edition") ?? "unknown"),
        version: versions[0] ?? "unknown",
      };
    } catch (error) {
      throw toDbError(error, "dbms.components");
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** A managed transaction (retried by the driver); a failure names the query that was running. */
  private async transaction<T>(
    mode: "READ" | "WRITE",
    work: (tx: QueryRunner) => Promise<T>,
    options: ReadOptions = {},
  ): Promise<T> {
    const session = this.session(mode);
    let current = "transaction";
    const config = options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {};
    try {
      const body = (tx: ManagedTransaction): Promise<T> => work(runner(tx, (name) => (current = name)));
      return await (mode === "READ" ? session.executeRead(body, config) : session.executeWrite(body, config));
    } catch (error) {
      throw toDbError(error, current);
    } finally {
      await session.close();
    }
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

/** With COMMONS_SLOW_QUERY_MS set, every named query that takes longer is logged. */
const slowQueryMs = Number(process.env.COMMONS_SLOW_QUERY_MS ?? Number.POSITIVE_INFINITY);

function runner(tx: ManagedTransaction, onQuery: (name: string) => void): QueryRunner {
  return {
    async run<R extends Row = Row>(queryName: string, params: Params = {}): Promise<R[]> {
      onQuery(queryName);
      const started = performance.now();
      const result = rows<R>(await tx.run(loadQuery(queryName), params));
      const ms = performance.now() - started;
      if (ms >= slowQueryMs)
        console.error(`[slow query] ${queryName} ${ms.toFixed(0)} ms, ${result.length} rows`);
      return result;
    },
  };
}

/**
 * Each record as a plain row of native values. Read by index rather than with record.toObject(), whose
 * transpiled generators allocated ~2 KB per record (4 MB per 2,000-row familyTree level) only to be copied again.
 */
function rows<R extends Row>(result: QueryResult): R[] {
  return result.records.map((record) => {
    const row: Row = {};
    record.keys.forEach((key, index) => {
      row[key as string] = toNative(record.get(index));
    });
    return row as R;
  });
}
