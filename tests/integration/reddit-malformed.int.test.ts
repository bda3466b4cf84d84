import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import type { IngestProblem } from "../../ingest/common/ingest-report.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import { connectTestGateway, resetGraph, testDbEnv } from "../support/neo4j.ts";

// The malformed-input corpus: tests/fixtures/reddit/ (README.md there says how each file was derived from the
// real samples). Each file has its expected report: what loads, what is skipped, where and why.
const FIXTURES = "tests/fixtures/reddit";
const fixture = (name: string): string => path.join(FIXTURES, name);

let gateway: Gateway;
let tmp: string;

beforeAll(() => {
  gateway = connectTestGateway();
  tmp = mkdtempSync(path.join(os.tmpdir(), "reddit-malformed-"));
});
afterAll(async () => {
  await gateway.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(gateway);
});

async function ingest(...files: string[]) {
  const report = await ingestRedditFiles(gateway, files);
  return { report, json: report.toJSON() };
}

async function commentIds(): Promise<string[]> {
  const rows = await gateway.runAutoCommit<{ id: string }>("MATCH (c:Comment) RETURN c.id AS id ORDER BY id");
  return rows.map((row) => row.id);
}

describe("malformed Reddit input: each bad record is reported with its place and reason, the rest loads", () => {
  it("truncated JSON: an API file cut in half is refused whole, saying where the JSON broke", async () => {
    const { json } = await ingest(fixture("truncated-thread.json"));
    expect(json).toMatchObject({ read: 0, loaded: 0, skipped: { "invalid-json": 1 } });
    const problems = json.problems as IngestProblem[];
    expect(problems.map((p) => [p.source, p.where])).toEqual([[fixture("truncated-thread.json"), "file"]]);
    expect(problems[0]?.reason).toMatch(/^not JSON: /);
  });

  it("a truncated NDJSON line is skipped with its line number; the lines around it load", async () => {
    const { json } = await ingest(fixture("truncated-line.ndjson"));
    expect(json).toMatchObject({ read: 3, loaded: 2, skipped: { "invalid-json": 1 } });
    expect(json.problems).toEqual([expect.objectContaining({ where: "line 2", kind: "invalid-json" })]);
    expect(await commentIds()).toEqual(["kih6h2s", "kih7hao"]);
  });

  it("wrong types: each record names the field and what it got", async () => {
    const { json } = await ingest(fixture("wrong-types.ndjson"));
    expect(json).toMatchObject({ read: 5, loaded: 1, skipped: { "invalid-field": 4 } });
    expect((json.problems as { where: string; reason: string }[]).map((p) => [p.where, p.reason])).toEqual([
      ["line 1", 'score must be a number, got the string "12"'],
      ["line 2", "created_utc must be a Unix time in seconds, got boolean true"],
      ["line 3", "body must be a string, got number 42"],
      ["line 4", "parent_id must be a string like t1_abc123, got an array"],
    ]);
    expect(await commentIds()).toEqual(["kih87bd"]);
  });

  it("missing ids", async () => {
    const { json } = await ingest(fixture("missing-id.ndjson"));
    expect(json).toMatchObject({ read: 3, loaded: 1, skipped: { "missing-id": 2 } });
    expect((json.problems as { where: string }[]).map((p) => p.where)).toEqual(["line 1", "line 2"]);
  });

  it("NUL bytes: a raw NUL in a line is not JSON; an escaped one is dropped from the text", async () => {
    const { json } = await ingest(fixture("nul-bytes.ndjson"));
    expect(json).toMatchObject({ read: 4, loaded: 2, skipped: { "invalid-json": 2 } });
    expect((json.problems as { where: string }[]).map((p) => p.where)).toEqual(["line 1", "line 3"]);
    const [row] = await gateway.runAutoCommit<{ body: string }>(
      "MATCH (c:Comment {id: 'kih7fid'}) RETURN c.body AS body",
    );
    expect(row?.body).not.toContain("\u0000");
    expect(await commentIds()).toEqual(["kih7fid", "kih7hao"]);
  });

  it("a 10 MB body is refused as too long; the next line loads", async () => {
    const [first, second] = readFileSync(fixture("duplicate-ids.ndjson"), "utf8").split("\n");
    const huge = { ...(JSON.parse(first!) as object), body: "x".repeat(10 * 2 ** 20) };
    const file = path.join(tmp, "huge-body.ndjson");
    writeFileSync(file, `${JSON.stringify(huge)}\n${second}\n`);
    const { json } = await ingest(file);
    expect(json).toMatchObject({ read: 2, loaded: 1, skipped: { "text-too-long": 1 } });
    expect(json.problems).toEqual([
      expect.objectContaining({
        where: "line 1",
        reason: "body has 10,485,760 characters; Reddit allows at most 40,000",
      }),
    ]);
  });

  it("unknown kinds, in an API response and in NDJSON", async () => {
    const { json } = await ingest(fixture("unknown-kinds.json"), fixture("unknown-kinds.ndjson"));
    expect(json).toMatchObject({ read: 6 + 3 + 2, loaded: 6 + 2, skipped: { "unknown-kind": 3 } });
    expect(
      (json.problems as { source: string; where: string }[]).map((p) => [path.basename(p.source), p.where]),
    ).toEqual([
      ["unknown-kinds.json", "$[1].data.children[1]"],
      ["unknown-kinds.json", "$[1].data.children[6]"],
      ["unknown-kinds.ndjson", "line 2"],
    ]);
  });

  it("duplicate ids: the later record is loaded, the earlier one reported", async () => {
    const { json } = await ingest(fixture("duplicate-ids.ndjson"));
    expect(json).toMatchObject({ read: 3, loaded: 2, skipped: { "duplicate-id": 1 } });
    expect(json.problems).toEqual([
      expect.objectContaining({
        where: "line 1",
        reason: "comment kih6h2s appears again at line 3; the later record is loaded",
      }),
    ]);
    const [row] = await gateway.runAutoCommit<{ score: number }>(
      "MATCH (c:Comment {id: 'kih6h2s'}) RETURN c.score AS score",
    );
    expect(row?.score).toBe(899);
  });

  it("deleted authors make no user; the record loads", async () => {
    const { json } = await ingest(fixture("deleted-authors.ndjson"));
    expect(json).toMatchObject({ read: 2, loaded: 2, skipped: {} });
    const users = await gateway.runAutoCommit<{ name: string }>("MATCH (u:RedditUser) RETURN u.name AS name");
    expect(users.map((u) => u.name)).not.toContain("[deleted]");
    expect(users).toHaveLength(1);
  });

  it("a deletion seen later erases the body and the attribution, and an older copy does not bring them back", async () => {
    await ingest(fixture("deletion-before.ndjson"));
    await gateway.runAutoCommit("MATCH (c:Comment) SET c.analysisPending = false"); // as if analysed
    const { json } = await ingest(fixture("deletion-after.ndjson"));
    expect(json).toMatchObject({ read: 1, updated: 1 });
    const read = () =>
      gateway.runAutoCommit(
        `MATCH (c:Comment {id: 'kih7ybc'})
         RETURN c.body AS body, c.deleted AS deleted, c.analysisPending AS pending, COUNT { (c)<-[:POSTED]-() } AS posted`,
      );
    expect(await read()).toEqual([{ body: null, deleted: true, pending: true, posted: 0 }]);
    const again = await ingest(fixture("deletion-before.ndjson"));
    expect(again.json).toMatchObject({ read: 1 });
    expect((await read())[0]).toMatchObject({ body: null, deleted: true });
  });

  it("a .zst cut short ends with a clear problem; every complete line before the cut loads", async () => {
    const file = fixture("cut-short.ndjson.zst");
    // What zstd itself can recover, counted independently of the ingest code.
    let recovered = "";
    try {
      execFileSync("zstd", ["-d", "--long=31", "-c", file], {
        maxBuffer: 1 << 28,
        stdio: ["ignore", "pipe", "ignore"],
      });
    } catch (error) {
      recovered = ((error as { stdout: Buffer }).stdout ?? Buffer.alloc(0)).toString("utf8");
    }
    const complete = recovered.split("\n").length - 1;
    expect(complete).toBeGreaterThan(1000);
    const { json } = await ingest(file);
    expect(json).toMatchObject({ read: complete, loaded: complete, skipped: { "truncated-zst": 1 } });
    const problems = json.problems as IngestProblem[];
    expect(problems.map((p) => p.where)).toEqual([`after line ${complete}`]);
    expect(problems[0]?.reason).toMatch(/zstd could not decompress the whole file: .*premature end/);
    expect((await commentIds()).length).toBe(complete);
  });

  it("Arctic Shift _meta fields: removal type, deleted later, retrieval time, source", async () => {
    const { json } = await ingest(fixture("arctic-shift-meta.jsonl"));
    expect(json).toMatchObject({ read: 4, loaded: 4, skipped: {} });
    const rows = await gateway.runAutoCommit(
      `MATCH (c:Comment) RETURN c.id AS id, c.body IS NULL AS erased, c.deleted AS deleted, c.removed AS removed,
       c.removalType AS removalType, c.wasDeletedLater AS wasDeletedLater, c.lastSeenAt AS lastSeenAt, c.source AS source
       ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: "kih6h2s",
        erased: true,
        deleted: true,
        removed: false,
        removalType: "deleted",
        wasDeletedLater: true,
        lastSeenAt: "2025-07-20T08:26:40Z",
        source: "arctic-shift",
      },
      {
        id: "kih7fid",
        erased: true,
        deleted: false,
        removed: true,
        removalType: "moderator",
        wasDeletedLater: null,
        lastSeenAt: "2025-06-27T04:55:00Z",
        source: "arctic-shift",
      },
      {
        id: "kih7hao",
        erased: false,
        deleted: false,
        removed: false,
        removalType: null,
        wasDeletedLater: false,
        lastSeenAt: "2025-06-27T04:56:40Z",
        source: "arctic-shift",
      },
    ]);
  });

  it("the command line prints each problem and the summary, and exits 2 under --strict", () => {
    const args = ["--import", "tsx", "cli/main.ts", "ingest", "reddit", "--no-progress"];
    const file = fixture("wrong-types.ndjson");
    const run = spawnSync(process.execPath, [...args, "--strict", file], {
      env: testDbEnv(),
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stdout.trim()).toBe(
      "read 5, loaded 1 (created 1, updated 0, unchanged 0), skipped 4 (invalid-field 4)",
    );
    expect(run.stderr).toContain(
      `skipped: ${file} line 2: created_utc must be a Unix time in seconds, got boolean true [invalid-field]`,
    );
    const lenient = spawnSync(process.execPath, [...args, file], { env: testDbEnv(), encoding: "utf8" });
    expect(lenient.status).toBe(0);
  });
});
