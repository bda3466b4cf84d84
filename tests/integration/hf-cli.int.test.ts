import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { closeTestGraph, openTestGraph, testDbEnv } from "../support/neo4j.ts";

const run = promisify(execFile);
const CLI = [process.execPath, "--import", "tsx", "cli/main.ts", "ingest", "hf"] as const;

let gateway: Gateway;

beforeAll(async () => {
  gateway = await openTestGraph();
});
afterAll(() => closeTestGraph(gateway));

async function commons(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(CLI[0], [...CLI.slice(1), ...args], { env: testDbEnv() });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe("commons ingest hf", () => {
  it("loads the bundled cards and tree in one run and prints the report as JSON", async () => {
    const result = await commons([
      "--cards",
      "samples/hf/cards",
      "--tree",
      "samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json",
      "--json",
      "--quiet",
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    // 18 cards + 92 tree models; 20 card edges (16 from base_model, 4 stated only in the cards' text, see
    // hf-files.int.test.ts) + 173 tree edges; the tree's three "N/A" metadata records.
    expect(report).toMatchObject({ read: 110, loaded: 110, links: 193, skipped: { "missing-metadata": 3 } });
    const [row] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (m:Model {placeholder: false}) RETURN count(m) AS n",
    );
    expect(row?.n).toBe(110);
  });

  it("prints each problem with where and why unless --quiet", async () => {
    const result = await commons(["--cards", "tests/fixtures/hf/bad-cards/local-path"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /skipped \(local-path\) .*README\.md front matter base_model: .*local path/,
    );
    expect(result.stdout).toMatch(/^read 1, loaded 1 .*skipped 1 \(local-path 1\)/m);
  });

  it("loads a saved /api/trending response with --trending, accounts' kind and fullname included", async () => {
    const result = await commons(["--trending", "samples/hf/api/trending_cache.json", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ read: 10, loaded: 10 });
    const [row] = await gateway.runAutoCommit<{ kind: string; fullname: string }>(
      "MATCH (a:HFAccount {key: 'unsloth'}) RETURN a.kind AS kind, a.fullname AS fullname",
    );
    expect(row).toEqual({ kind: "org", fullname: "Unsloth AI" });
  });

  it("refuses to run without a source and says which flags it takes", async () => {
    const result = await commons([]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("give --cards, --tree, --snapshot, --trending, --model or --all");
  });
});
