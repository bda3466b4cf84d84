import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

import type { Gateway } from "../../db/gateway.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { cardEntry } from "./card-entry.ts";
import { HfGraphWriter } from "./hf-graph-writer.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import { isProblem } from "./normalize-hub-model.ts";

/** Options for ingestHfCards. */
export interface IngestHfCardsOptions {
  readonly batchSize?: number;
  /** Told about each problem as it is found (the CLI prints them). */
  readonly onProblem?: (problem: IngestProblem) => void;
  /** Add to an existing report (several sources in one run). */
  readonly report?: HfIngestReport;
}

/**
 * Loads model cards laid out as DIR/ORG/NAME/README.md (the repo id is the path; legacy ids without an
 * owner as DIR/NAME/README.md): models, lineage from base_model / base_model_relation, datasets, accounts.
 */
export async function ingestHfCards(
  gateway: Gateway,
  dir: string,
  options: IngestHfCardsOptions = {},
): Promise<HfIngestReport> {
  const report = options.report ?? new HfIngestReport(options.onProblem);
  const writer = new HfGraphWriter(
    gateway,
    report,
    options.batchSize !== undefined ? { batchSize: options.batchSize } : {},
  );
  const root = path.resolve(dir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase() === "readme.md")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const repoId = path.relative(root, path.dirname(file)).split(path.sep).join("/");
    const entry = cardEntry(repoId, await readFile(file, "utf8"), file);
    if (isProblem(entry)) {
      report.read += 1;
      report.skip(entry);
      continue;
    }
    await writer.add(entry);
  }
  await writer.flush();
  return report;
}
