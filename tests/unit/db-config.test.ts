import { describe, expect, it } from "vitest";

import { boltUri, ConfigError, readDbConfig } from "../../db/config.ts";
import { listQueryNames, loadQuery, loadStatements } from "../../db/cypher.ts";

describe("readDbConfig", () => {
  it("defaults to the embedded server on 127.0.0.1:7687 with data under .data/neo4j", () => {
    const config = readDbConfig({}, "/repo");
    expect(config.externalUri).toBeUndefined();
    expect(boltUri(config)).toBe("bolt://127.0.0.1:7687");
    expect(config.local.home).toBe("/repo/.data/neo4j");
    expect(config.database).toBe("neo4j");
  });

  it("uses NEO4J_URI as given (clusters and Aura use neo4j+s://) and treats an empty value as unset", () => {
    expect(boltUri(readDbConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }))).toBe(
      "neo4j+s://abc.databases.neo4j.io",
    );
    expect(readDbConfig({ NEO4J_URI: "" }).externalUri).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => readDbConfig({ NEO4J_URI: "http://x" })).toThrow(ConfigError);
    expect(() => readDbConfig({ COMMONS_BOLT_PORT: "99999" })).toThrow(/COMMONS_BOLT_PORT/);
    expect(() => readDbConfig({ COMMONS_NEO4J_HEAP: "lots" })).toThrow(/COMMONS_NEO4J_HEAP/);
  });
});

describe("the cypher/ loader", () => {
  it("lists named queries with their folders and splits schema.cypher into statements", () => {
    expect(listQueryNames()).toContain("stats/node-counts");
    const statements = loadStatements("schema");
    expect(statements.length).toBeGreaterThan(20);
    // Each one whole and safe to repeat: `db schema` applies the file on every start.
    expect(
      statements.filter((s) => !/^(CREATE \S+( \S+)? \w+ IF NOT EXISTS|DROP \w+ \w+ IF EXISTS$)/.test(s)),
    ).toEqual([]);
  });

  it("refuses names that could escape cypher/", () => {
    expect(() => loadQuery("../package")).toThrow(/not a query name/);
    expect(() => loadQuery("no/such-query")).toThrow(/no file cypher\/no\/such-query.cypher/);
  });
});
