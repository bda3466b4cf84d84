import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

import type { Gateway } from "../../db/gateway.ts";
import { cardEntry } from "./card-entry.ts";
import { openHfFileIngest, type HfFileIngestOptions } from "./hf-file-ingest.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import { isProblem } from "./normalize-hub-model.ts";

/**
 * Loads model cards laid out as DIR/ORG/NAME/README.md (the repo id is the path; legacy ids without an
 * owner as DIR/NAME/README.md): models, lineage from base_model / base_model_relation, datasets, accounts.
 */
export async function ingestHfCards(
  gateway: Gateway,
  dir: string,
  options: HfFileIngestOptions = {},
): Promise<HfIngestReport> {
  const { report, writer } = openHfFileIngest(gateway, options);
  const root = path.resolve(dir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase() === "readme.md")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const repoId = path.relative(root, path.dirname(file)).split(path.sep).join("/");
    const entry = cardEntry(repoId, await readFile(file, "utf8"), file);
    if (isProblem(entry)) {
      report.refuse(entry);
      continue;
    }
    await writer.add(entry);
  }
  await writer.flush();
  return report;
}
