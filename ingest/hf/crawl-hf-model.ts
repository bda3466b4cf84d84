import type { Gateway } from "../../db/gateway.ts";
import { HttpError } from "../common/http-client.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { modelKey, parseModelRef } from "./hf-id.ts";
import { HfGraphWriter } from "./hf-graph-writer.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import type { HfEntry, PlaceholderReason } from "./hf-records.ts";
import { HubClient, type HubClientOptions } from "./hub-client.ts";
import { isProblem, normalizeHubModel } from "./normalize-hub-model.ts";
import type { SnapshotFile } from "./snapshot-file.ts";

/** Options for a live family-tree crawl around one model. */
export interface CrawlHfModelOptions extends HubClientOptions {
  /** Levels of ancestors to fetch (parents, grandparents …). */
  readonly up?: number;
  /** Levels of descendants to fetch. */
  readonly down?: number;
  /** Stop fetching after this many models. */
  readonly maxModels?: number;
  /** Append every fetched API object here (replayable with ingestHfSnapshot). */
  readonly save?: SnapshotFile;
  readonly onProblem?: (problem: IngestProblem) => void;
  /** Told after each model fetched. */
  readonly onModel?: (id: string) => void;
}

/**
 * Crawls the family tree of `rootId` on the Hub: the model, its ancestors up to `up` levels (one GET each,
 * with baseModels for canonical parents) and its descendants down to `down` levels (one paginated list per
 * model that has children, all relations at once, read from the `base_model:RELATION:ID` tags). Parents the
 * Hub refuses (401/403/404) stay as placeholders with the status as their reason; a renamed parent (the Hub
 * redirects its old id) is linked under its new id. Writes once the crawl is complete, so renames found late
 * still redirect earlier edges. The report counts the HTTP requests made.
 */
export async function crawlHfModel(
  gateway: Gateway,
  rootId: string,
  options: CrawlHfModelOptions = {},
): Promise<HfIngestReport> {
  const report = new HfIngestReport(options.onProblem);
  const client = new HubClient(options);
  const up = options.up ?? 2;
  const down = options.down ?? 2;
  const maxModels = options.maxModels ?? 1000;
  const entries = new Map<string, HfEntry>();
  const childCounts = new Map<string, number>();
  const refused = new Map<string, { id: string; reason: PlaceholderReason }>();
  const renamed = new Map<string, { id: string; key: string }>();
  const full = (): boolean => entries.size >= maxModels;

  const accept = (raw: Record<string, unknown>, where: string, url: string): HfEntry | undefined => {
    const entry = normalizeHubModel(raw, { source: "api", file: url, where });
    if (isProblem(entry)) {
      report.refuse(entry);
      return undefined;
    }
    if (entries.has(entry.model.key)) return entries.get(entry.model.key);
    options.save?.write(raw);
    entries.set(entry.model.key, entry);
    if (typeof raw.childrenModelCount === "number") childCounts.set(entry.model.key, raw.childrenModelCount);
    options.onModel?.(entry.model.id);
    return entry;
  };

  /** GET one model; a refusal becomes a placeholder reason, a redirect to another id a rename. */
  const fetchModel = async (id: string): Promise<HfEntry | undefined> => {
    const key = modelKey(id);
    const known =
      entries.get(key) ?? (renamed.has(key) ? entries.get(renamed.get(key)?.key ?? "") : undefined);
    if (known !== undefined || refused.has(key)) return known;
    const lookup = await client.model(id);
    if (!lookup.ok) {
      const reason = (["401", "403", "404"] as const).find((s) => s === String(lookup.status));
      if (reason === undefined) throw new HttpError(lookup.url, lookup.status, lookup.reason);
      refused.set(key, { id, reason });
      report.skip({
        kind: `parent-${reason}`,
        source: lookup.url,
        where: id,
        reason: `the Hub answered ${reason} for ${id}; kept as a placeholder`,
      });
      return undefined;
    }
    const entry = accept(lookup.raw, "", lookup.url);
    if (entry !== undefined && entry.model.key !== key) {
      renamed.set(key, { id: entry.model.id, key: entry.model.key });
      report.skip({
        kind: "renamed",
        source: lookup.url,
        where: id,
        reason: `${id} now redirects to ${entry.model.id}; its edges point to ${entry.model.id}`,
      });
    }
    return entry;
  };

  const root = parseModelRef(rootId);
  if (!root.ok) throw new Error(`--model ${rootId}: ${root.reason}`);
  const first = await fetchModel(root.ref.id);

  if (first !== undefined) {
    // Up: each level's parents, one GET each (a model's own record is the only place its parents are).
    let level: HfEntry[] = [first];
    for (let depth = 1; depth <= up && level.length > 0 && !full(); depth += 1) {
      const next: HfEntry[] = [];
      for (const entry of level) {
        for (const link of entry.links) {
          if (full()) break;
          const parent = await fetchModel(link.parentId);
          if (parent !== undefined) next.push(parent);
        }
      }
      level = next;
    }
    // Down: one list per model that has children (childrenModelCount says which), every relation at once.
    let frontier: HfEntry[] = [first];
    for (let depth = 1; depth <= down && frontier.length > 0 && !full(); depth += 1) {
      const next: HfEntry[] = [];
      for (const parent of frontier) {
        if (full()) break;
        if (childCounts.get(parent.model.key) === 0) continue;
        for await (const raw of client.children(parent.model.id)) {
          const before = entries.size;
          const child = accept(raw, "", `${client.hubUrl}/api/models?filter=base_model:${parent.model.id}`);
          if (child !== undefined && entries.size > before) next.push(child);
          if (full()) break;
        }
      }
      frontier = next;
    }
  }

  const writer = new HfGraphWriter(gateway, report);
  for (const entry of entries.values()) {
    await writer.add({
      ...entry,
      links: entry.links.map((link) => {
        const target = renamed.get(link.parentKey);
        return target === undefined
          ? link
          : {
              ...link,
              parentId: target.id,
              parentKey: target.key,
              evidence: `${link.evidence}; renamed to ${target.id}`,
            };
      }),
    });
  }
  for (const [key, { id, reason }] of refused) writer.addPlaceholder(id, key, reason);
  await writer.flush();
  report.requests = client.requests;
  return report;
}
