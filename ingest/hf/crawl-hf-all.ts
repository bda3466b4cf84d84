import type { Gateway } from "../../db/gateway.ts";
import { clearCheckpoints, readCheckpoint } from "../common/checkpoint.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { HfGraphWriter } from "./hf-graph-writer.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import { HubClient, type HubClientOptions } from "./hub-client.ts";
import { isProblem, normalizeHubModel } from "./normalize-hub-model.ts";
import type { SnapshotFile } from "./snapshot-file.ts";

/** Options for a whole-Hub crawl. */
export interface CrawlHfAllOptions extends HubClientOptions {
  /** Only models changed since then (the list is read newest change first and stops at the first older one). */
  readonly since?: Date;
  /** Continue from the cursor the last committed page saved. */
  readonly resume?: boolean;
  /** Models per page (the Hub serves up to 1,000). */
  readonly pageSize?: number;
  /** Stop after this many pages (for trials and benchmarks). */
  readonly maxPages?: number;
  readonly save?: SnapshotFile;
  readonly onProblem?: (problem: IngestProblem) => void;
  /** Told after each page is committed, with the models it held. */
  readonly onPage?: (models: number) => void;
}

interface AllState {
  readonly next: string | null;
  readonly pages: number;
}

/**
 * Pages through GET /api/models (1,000 per page, newest change first, cursor from the Link header) and builds
 * every model and lineage edge from the tags (`base_model:RELATION:ID`) and cardData: about one request per
 * 1,000 models, inside the anonymous limit. Each page commits with its cursor, so `resume` picks up after the
 * last committed page; `since` makes it an incremental update.
 */
export async function crawlHfAll(gateway: Gateway, options: CrawlHfAllOptions = {}): Promise<HfIngestReport> {
  const report = new HfIngestReport(options.onProblem);
  const client = new HubClient(options);
  const writer = new HfGraphWriter(gateway, report, { batchSize: Number.MAX_SAFE_INTEGER });
  const checkpointKey = `hf:all:${client.hubUrl}${options.since !== undefined ? `:since=${options.since.toISOString()}` : ""}`;
  let url: string | null = client.listUrl(options.pageSize ?? 1000);
  let pages = 0;
  if (options.resume === true) {
    const saved = await readCheckpoint<AllState>(gateway, checkpointKey);
    if (saved?.done === true) return report;
    if (saved !== undefined) {
      url = saved.state.next;
      pages = saved.state.pages;
    }
  } else {
    await clearCheckpoints(gateway, checkpointKey);
  }
  const since = options.since?.getTime();
  let pagesThisRun = 0;
  while (url !== null && (options.maxPages === undefined || pagesThisRun < options.maxPages)) {
    const page = await client.page(url);
    pages += 1;
    pagesThisRun += 1;
    let reachedOld = false;
    let models = 0;
    for (const [index, raw] of page.items.entries()) {
      const changed = typeof raw.lastModified === "string" ? Date.parse(raw.lastModified) : Number.NaN;
      if (since !== undefined && !Number.isNaN(changed) && changed < since) {
        reachedOld = true;
        break;
      }
      const entry = normalizeHubModel(raw, { source: "api", file: page.url, where: `[${index}]` });
      if (isProblem(entry)) {
        report.refuse(entry);
        continue;
      }
      options.save?.write(raw);
      await writer.add(entry);
      models += 1;
    }
    const next = reachedOld ? null : (page.next ?? null);
    await writer.flush({
      key: checkpointKey,
      state: { next, pages } satisfies AllState,
      done: next === null,
    });
    options.onPage?.(models);
    url = next;
  }
  report.requests = client.requests;
  return report;
}
