import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Compose {
  services: Record<
    string,
    {
      image?: string;
      depends_on?: Record<string, { condition: string }>;
      profiles?: string[];
      healthcheck?: unknown;
      volumes?: string[];
    }
  >;
  volumes: Record<string, unknown>;
}

const text = readFileSync("docker-compose.yml", "utf8");

describe("docker-compose.yml", () => {
  it("runs neo4j:5.26-community with a healthcheck and a named volume, the app after it, ingest under a profile", () => {
    const compose = parse(text) as Compose;
    const neo4j = compose.services.neo4j;
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.healthcheck).toBeDefined();
    expect(neo4j?.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
    expect(compose.services.app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(compose.services.ingest?.profiles).toEqual(["ingest"]);
  });

  it("is valid for the docker compose client, when one is installed", () => {
    const probe = spawnSync("docker", ["compose", "version"], { stdio: "ignore" });
    if (probe.status !== 0) return; // no client: the parse above is the check
    const normalized = execFileSync("docker", ["compose", "-f", "docker-compose.yml", "config", "--quiet"], {
      encoding: "utf8",
      env: { ...process.env, NEO4J_PASSWORD: "x" },
    });
    expect(normalized).toBe("");
  });
});
