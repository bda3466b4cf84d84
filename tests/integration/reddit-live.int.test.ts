import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ArcticShiftClient } from "../../ingest/reddit/arctic-shift-client.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import {
  ingestArcticShift,
  ingestRedditApiListing,
  ingestRedditApiThread,
} from "../../ingest/reddit/ingest-reddit-live.ts";
import { RedditApiClient } from "../../ingest/reddit/reddit-api-client.ts";
import { connectTestGateway, resetGraph, testDbEnv } from "../support/neo4j.ts";
import { STANDIN_THREAD, startRedditStandIn, type RedditStandIn } from "../support/reddit-standin.ts";

// Live runs against tests/support/reddit-standin.ts: a server on 127.0.0.1 that speaks Reddit's OAuth API and
// Arctic Shift's API with responses derived from the real samples.
let gateway: Gateway;
let standIn: RedditStandIn;
let tmp: string;
const USER_AGENT = "test:commons-graph:0.1 (by /u/commons-graph-tests)";

beforeAll(async () => {
  gateway = connectTestGateway();
  standIn = await startRedditStandIn();
  tmp = mkdtempSync(path.join(os.tmpdir(), "reddit-live-"));
});
afterAll(async () => {
  await standIn.close();
  await gateway.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(gateway);
});

function apiClient(waits: string[] = []): RedditApiClient {
  return new RedditApiClient({
    baseUrl: standIn.url,
    clientId: standIn.clientId,
    clientSecret: standIn.clientSecret,
    userAgent: USER_AGENT,
    onWait: (ms, reason) => waits.push(`${reason} (${ms} ms)`),
  });
}

async function commentParents(): Promise<Map<string, string>> {
  const rows = await gateway.runAutoCommit<{ id: string; parent: string }>(
    "MATCH (c:Comment)-[:REPLY_TO]->(p) RETURN c.id AS id, p.id AS parent",
  );
  return new Map(rows.map((row) => [row.id, row.parent]));
}

describe("live Reddit API (OAuth app-only) against the local stand-in", () => {
  it("expands every `more` object through /api/morechildren: the whole thread with the right parents", async () => {
    const save = path.join(tmp, "thread.jsonl");
    const report = await ingestRedditApiThread(
      gateway,
      apiClient(),
      `https://www.reddit.com/r/LocalLLaMA/comments/${STANDIN_THREAD}/x/`,
      { save },
    );
    const folded = standIn.requests.filter((r) => r.path.startsWith("/api/morechildren"));
    expect(folded.length).toBeGreaterThanOrEqual(2); // the top-level and the nested more object
    expect(report.toJSON()).toMatchObject({ read: 59, created: 59, skipped: {} });
    expect(await commentParents()).toEqual(standIn.threadParents);
    const [left] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (n) WHERE n.moreChildren IS NOT NULL RETURN count(n) AS n",
    );
    expect(left?.n).toBe(0); // nothing is folded any more
    expect(standIn.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
    expect(standIn.requests[0]?.path).toBe("/api/v1/access_token");

    // The saved file replays offline to the same graph.
    expect(readFileSync(save, "utf8").trim().split("\n")).toHaveLength(59);
    const before = await gateway.runAutoCommit("MATCH (c:Comment) RETURN c {.*} AS c ORDER BY c.id");
    await resetGraph(gateway);
    const replay = await ingestRedditFiles(gateway, [save]);
    expect(replay.toJSON()).toMatchObject({ read: 59, created: 59, skipped: {} });
    expect(await gateway.runAutoCommit("MATCH (c:Comment) RETURN c {.*} AS c ORDER BY c.id")).toEqual(before);
    expect(await commentParents()).toEqual(standIn.threadParents);
  });

  it("pages through a listing and survives a 429, waiting as Retry-After says", async () => {
    const waits: string[] = [];
    const report = await ingestRedditApiListing(gateway, apiClient(waits), {
      subreddit: "LocalLLaMA",
      sort: "new",
      limit: 100,
    });
    expect(report.toJSON()).toMatchObject({ read: 100, created: 100, skipped: {} });
    const pages = standIn.requests.filter((r) => r.path.startsWith("/r/LocalLLaMA/new"));
    expect(pages.map((r) => r.status)).toEqual([200, 429, 200, 200, 200]);
    expect(waits).toContain("HTTP 429, backing off (1000 ms)");
    const [threads] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (t:Thread)-[:IN]->(:Subreddit) RETURN count(t) AS n",
    );
    expect(threads?.n).toBe(100);
  });

  it("runs from the command line: commons ingest reddit --api --thread … --base-url … --save …", async () => {
    const save = path.join(tmp, "cli.jsonl");
    const env = {
      ...testDbEnv(),
      REDDIT_CLIENT_ID: standIn.clientId,
      REDDIT_CLIENT_SECRET: standIn.clientSecret,
    };
    const args = ["--import", "tsx", "cli/main.ts", "ingest", "reddit", "--api", "--thread", STANDIN_THREAD];
    // Asynchronously: the stand-in lives in this process and must keep answering while the CLI runs.
    const child = spawn(process.execPath, [...args, "--base-url", standIn.url, "--save", save, "--strict"], {
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(stderr).not.toMatch(/skipped:/);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("read 59, loaded 59 (created 59, updated 0, unchanged 0), skipped 0");
    expect(readFileSync(save, "utf8").trim().split("\n")).toHaveLength(59);
  });

  it("refuses to run with a wrong client secret, saying which variables to check", async () => {
    const client = new RedditApiClient({
      baseUrl: standIn.url,
      clientId: "x",
      clientSecret: "y",
      userAgent: USER_AGENT,
    });
    await expect(ingestRedditApiThread(gateway, client, STANDIN_THREAD)).rejects.toThrow(
      /REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET/,
    );
  });
});

describe("live Arctic Shift against the local stand-in", () => {
  it("pages through the posts search and loads each thread's comment tree, the same threads as the bulk file", async () => {
    const after = Date.UTC(2025, 6, 16) / 1000;
    const before = Date.UTC(2025, 6, 18) / 1000;
    // The stand-in has no limit; the client's default of 60 a minute would make this test wait a minute.
    const client = new ArcticShiftClient({
      baseUrl: standIn.url,
      userAgent: USER_AGENT,
      requestsPerMinute: 6000,
    });
    const save = path.join(tmp, "arctic.jsonl");
    const report = await ingestArcticShift(
      gateway,
      client,
      { subreddit: "LocalLLaMA", after, before },
      { save },
    );
    expect(report.skippedTotal).toBe(0);
    const searches = standIn.requests.filter((r) => r.path.startsWith("/api/posts/search"));
    expect(searches.length).toBeGreaterThanOrEqual(3); // 74 posts, 30 a page

    const live = await gateway.runAutoCommit<{
      threads: number;
      comments: number;
      linked: number;
      sources: string[];
    }>(
      `MATCH (t:Thread) WITH count(t) AS threads
       MATCH (c:Comment) WITH threads, count(c) AS comments, collect(DISTINCT c.source) AS sources
       MATCH (:Comment)-[r:REPLY_TO]->() RETURN threads, comments, count(r) AS linked, sources`,
    );
    expect(live[0]?.threads).toBe(74);
    expect(live[0]?.comments).toBeGreaterThan(500);
    expect(live[0]?.linked).toBe(live[0]?.comments);
    expect(live[0]?.sources).toEqual(["arctic-shift"]);
    const ids = await gateway.runAutoCommit<{ id: string }>(
      "MATCH (c:Comment) RETURN c.id AS id ORDER BY id",
    );

    // The bulk file holds the same records: loading it adds no comment of these threads and changes none.
    await resetGraph(gateway);
    await ingestRedditFiles(gateway, ["samples/reddit-bulk/localllama_comments.ndjson.zst"]);
    const [inBulk] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (c:Comment) WHERE c.id IN $ids RETURN count(c) AS n",
      { ids: ids.map((row) => row.id) },
    );
    expect(inBulk?.n).toBe(ids.length);

    // The save file replays offline, still labelled arctic-shift.
    await resetGraph(gateway);
    const replay = await ingestRedditFiles(gateway, [save]);
    expect(replay.loaded).toBe(report.loaded);
    const [sources] = await gateway.runAutoCommit<{ sources: string[] }>(
      "MATCH (n) WHERE n:Thread OR n:Comment RETURN collect(DISTINCT n.source) AS sources",
    );
    expect(sources?.sources).toEqual(["arctic-shift"]);
  });
});
