import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTrending } from "../../ingest/hf/ingest-hf-trending.ts";
import { closeTestGraph, openTestGraph, resetGraph } from "../support/neo4j.ts";

const TRENDING = path.resolve("samples/hf/api/trending_cache.json");

let gateway: Gateway;

beforeAll(async () => {
  gateway = await openTestGraph();
});
afterAll(() => closeTestGraph(gateway));

type TrendingFile = Record<string, { repoType: string; repoData: Record<string, unknown> }>;

async function accounts(): Promise<{ name: string; kind: string | null; fullname: string | null }[]> {
  return gateway.runAutoCommit(
    "MATCH (a:HFAccount) RETURN a.name AS name, a.kind AS kind, a.fullname AS fullname ORDER BY a.key",
  );
}

describe("a saved /api/trending response (samples/hf/api/trending_cache.json)", () => {
  it("loads its ten models, and each author's kind and fullname from authorData", async () => {
    const report = await ingestHfTrending(gateway, TRENDING);
    expect(report.read).toBe(10);
    expect(report.created).toBe(10);
    expect(report.skippedTotal).toBe(0);

    // Expected values read from the file itself, item by item.
    const file = JSON.parse(await readFile(TRENDING, "utf8")) as TrendingFile;
    const expected = new Map<string, { name: string; kind: string; fullname: string }>();
    for (const { repoData } of Object.values(file)) {
      const author = repoData.authorData as { name: string; type: string; fullname: string };
      expected.set(author.name.toLowerCase(), {
        name: author.name,
        kind: author.type,
        fullname: author.fullname,
      });
    }
    expect(await accounts()).toEqual(
      [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, account]) => account),
    );
    // Spot checks against the file: a user with a display name, an organisation whose fullname differs.
    expect(expected.get("jonathancoletti")).toEqual({
      name: "JonathanColetti",
      kind: "user",
      fullname: "Jonathan Coletti",
    });
    expect(expected.get("lightricks")).toMatchObject({ kind: "org", fullname: "LTX.io" });

    const models = await gateway.runAutoCommit<{
      id: string;
      owner: string;
      downloads: number;
      likes: number;
      gated: boolean;
      sources: string[];
    }>(
      `MATCH (a:HFAccount)-[:PUBLISHED]->(m:Model)
       RETURN m.id AS id, a.name AS owner, m.downloads AS downloads, m.likes AS likes, m.gated AS gated,
              m.sources AS sources ORDER BY m.id`,
    );
    expect(models.map((m) => m.id)).toEqual(Object.keys(file).sort());
    for (const model of models) {
      const data = (file[model.id] as TrendingFile[string]).repoData;
      expect(model).toEqual({
        id: model.id,
        owner: data.author,
        downloads: data.downloads,
        likes: data.likes,
        // The Hub's "auto" (orcarouter FP8, LTX-2.5) is gated too.
        gated: data.gated !== false,
        sources: ["api"],
      });
    }
  });

  it("changes nothing when loaded again, and a later card keeps the account's kind and fullname", async () => {
    const again = await ingestHfTrending(gateway, TRENDING);
    expect(again.unchanged).toBe(10);
    expect(again.created + again.updated).toBe(0);
    const before = await accounts();

    // A card for a trending model's owner says nothing about the account: kind and fullname stay.
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-trending-card-"));
    const cardDir = path.join(dir, "Qwen", "Qwen3.8-27B");
    await mkdir(cardDir, { recursive: true });
    await writeFile(path.join(cardDir, "README.md"), "---\nlicense: apache-2.0\n---\nA card.\n");
    await ingestHfCards(gateway, dir);
    expect(await accounts()).toEqual(before);
  });

  it("reports items that are not models or not usable, with their place, and loads the rest", async () => {
    const file = JSON.parse(await readFile(TRENDING, "utf8")) as Record<string, unknown>;
    // Derived from the real file: one item turned into a trending Space, one with its repoData removed.
    const [first, second] = Object.keys(file);
    (file[first as string] as { repoType: string }).repoType = "space";
    file[second as string] = { repoType: "model" };
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-trending-"));
    const broken = path.join(dir, "trending.json");
    await writeFile(broken, JSON.stringify(file));
    await resetGraph(gateway);
    const report = await ingestHfTrending(gateway, broken);
    expect(report.read).toBe(10);
    expect(report.created).toBe(8);
    expect(report.problems.map((p) => [p.kind, p.where])).toEqual([
      ["not-a-model", `$[${JSON.stringify(first)}].repoType`],
      ["invalid-record", `$[${JSON.stringify(second)}].repoData`],
    ]);
  });

  it("says what it expected when the file is not a trending response", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-trending-"));
    const wrong = path.join(dir, "wrong.json");
    await writeFile(wrong, JSON.stringify({ models: [] }));
    const report = await ingestHfTrending(gateway, wrong);
    expect(report.problems.map((p) => [p.kind, p.where])).toEqual([["invalid-trending", "$"]]);
  });
});
