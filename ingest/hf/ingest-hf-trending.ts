import { readFile } from "node:fs/promises";
import path from "node:path";

import type { Gateway } from "../../db/gateway.ts";
import { openHfFileIngest, type HfFileIngestOptions } from "./hf-file-ingest.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import { isProblem, normalizeHubModel } from "./normalize-hub-model.ts";

/**
 * Loads a saved response of the Hub's /api/trending: items `{repoType, repoData}` where repoData is an
 * API model object with `authorData` (type user / org, fullname, followerCount). Accepts the API's
 * `{recentlyTrending: [...]}`, a plain list of items, or a cache keyed by repo id (`{"ORG/NAME": item}`).
 * Models become Model nodes (source `api`); authorData sets HFAccount kind and fullname. Datasets and Spaces
 * that trend beside models are reported and skipped: the graph has no node for them.
 */
export async function ingestHfTrending(
  gateway: Gateway,
  file: string,
  options: HfFileIngestOptions = {},
): Promise<HfIngestReport> {
  const { report, writer } = openHfFileIngest(gateway, options);
  const source = path.resolve(file);
  const skip = (where: string, kind: string, reason: string): void => {
    report.refuse({ kind, source, where, reason });
  };
  let value: unknown;
  try {
    value = JSON.parse(await readFile(source, "utf8")) as unknown;
  } catch (error) {
    skip("$", "invalid-json", error instanceof Error ? error.message : String(error));
    return report;
  }
  const items = trendingItems(value);
  if (items === undefined) {
    skip(
      "$",
      "invalid-trending",
      "expected {recentlyTrending: [...]}, a list of {repoType, repoData} items, or an object keyed by repo id",
    );
    return report;
  }
  for (const { where, item } of items) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      skip(where, "invalid-record", "expected a {repoType, repoData} object");
      continue;
    }
    const { repoType, repoData } = item as { repoType?: unknown; repoData?: unknown };
    if (repoType !== undefined && repoType !== "model") {
      skip(`${where}.repoType`, "not-a-model", `a trending ${JSON.stringify(repoType)}, not a model`);
      continue;
    }
    const entry = normalizeHubModel(repoData, { source: "api", file: source, where: `${where}.repoData` });
    if (isProblem(entry)) {
      report.refuse(entry);
      continue;
    }
    await writer.add(entry);
  }
  await writer.flush();
  return report;
}

/** The items with their JSON paths, whichever of the three shapes the file has. */
function trendingItems(value: unknown): { where: string; item: unknown }[] | undefined {
  if (Array.isArray(value)) return (value as unknown[]).map((item, i) => ({ where: `$[${i}]`, item }));
  if (typeof value !== "object" || value === null) return undefined;
  const object = value as Record<string, unknown>;
  const recent = object.recentlyTrending;
  if (Array.isArray(recent))
    return (recent as unknown[]).map((item, i) => ({ where: `$.recentlyTrending[${i}]`, item }));
  const entries = Object.entries(object);
  if (!entries.some(([, item]) => isItem(item))) return undefined;
  return entries.map(([id, item]) => ({ where: `$[${JSON.stringify(id)}]`, item }));
}

function isItem(value: unknown): boolean {
  return typeof value === "object" && value !== null && "repoData" in value;
}
