import { readFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import type { Gateway } from "../../db/gateway.ts";
import { parseModelRef } from "./hf-id.ts";
import { openHfFileIngest, type HfFileIngestOptions } from "./hf-file-ingest.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import type { HfEntry, LineageLink, Relation } from "./hf-records.ts";
import { isProblem, normalizeHubModel } from "./normalize-hub-model.ts";
import { cardDescription, parseCard } from "./parse-card.ts";
import { salvageJsonArray } from "./salvage-json-array.ts";

/** The tree crawl's lists of children, and the relation each stands for. */
const LISTS: Record<string, Relation> = {
  children: "finetune",
  adapters: "adapter",
  quantized: "quantized",
  merges: "merge",
};

const treeRecordSchema = z
  .object({
    model_id: z.string(),
    card: z.string().nullish(),
    metadata: z.string().nullish(),
    depth: z.union([z.number(), z.string()]).nullish(),
    children: z.array(z.string()).nullish(),
    adapters: z.array(z.string()).nullish(),
    quantized: z.array(z.string()).nullish(),
    merges: z.array(z.string()).nullish(),
  })
  .loose();
type TreeRecord = z.infer<typeof treeRecordSchema>;

/**
 * Loads a family-tree crawl ({"models": [{model_id, card, metadata (a JSON string of huggingface_hub
 * ModelInfo), depth, children, adapters, quantized, merges}]}): every model, and every listed child as a
 * DERIVED_FROM edge whose relation is the list it is in (source tree). Lineage in a model's own metadata
 * (tags, cardData) adds the parents the lists do not cover, e.g. a merge's other parents.
 */
export async function ingestHfTree(
  gateway: Gateway,
  file: string,
  options: HfFileIngestOptions = {},
): Promise<HfIngestReport> {
  const { report, writer } = openHfFileIngest(gateway, options);
  const source = path.resolve(file);
  const salvaged = salvageJsonArray(await readFile(source, "utf8"), "models");

  const records: { index: number; record: TreeRecord }[] = [];
  for (const { index, value } of salvaged.items) {
    const parsed = treeRecordSchema.safeParse(value);
    if (parsed.success) records.push({ index, record: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      report.refuse({
        kind: "invalid-record",
        source,
        where: `$.models[${index}].${issue?.path.join(".") ?? ""}`,
        reason: issue?.message ?? "not a tree record",
      });
    }
  }

  // The lists first, so a listed pair takes the tree's relation rather than the child's own tag.
  const treeLinks = new Map<string, LineageLink[]>();
  const covered = new Set<string>();
  for (const { index, record } of records) {
    const parent = parseModelRef(record.model_id);
    if (!parent.ok) continue;
    const links: LineageLink[] = [];
    for (const [list, relation] of Object.entries(LISTS)) {
      const urls = (record as Record<string, unknown>)[list] as string[] | null | undefined;
      (urls ?? []).forEach((url, position) => {
        const child = parseModelRef(url);
        if (!child.ok) {
          report.skip({
            kind: child.kind,
            source,
            where: `$.models[${index}].${list}[${position}]`,
            reason: child.reason,
          });
          return;
        }
        covered.add(`${child.ref.key}\u0000${parent.ref.key}`);
        links.push({
          childId: child.ref.id,
          childKey: child.ref.key,
          parentId: parent.ref.id,
          parentKey: parent.ref.key,
          relation,
          source: "tree",
          rule: `tree:${list}`,
          evidence: `listed in ${parent.ref.id}'s ${list} (${path.basename(source)})`,
        });
      });
    }
    treeLinks.set(`${index}`, links);
  }

  for (const { index, record } of records) {
    const entry = treeEntry(record, index, source, report);
    if (entry === undefined) continue;
    await writer.add({
      ...entry,
      links: [
        ...entry.links.filter((l) => !covered.has(`${l.childKey}\u0000${l.parentKey}`)),
        ...(treeLinks.get(`${index}`) ?? []),
      ],
    });
  }
  await writer.flush();
  if (salvaged.error !== undefined) {
    report.skip({
      kind: "truncated-json",
      source,
      where: salvaged.error.where,
      reason: salvaged.error.reason,
    });
  }
  return report;
}

function treeEntry(
  record: TreeRecord,
  index: number,
  source: string,
  report: HfIngestReport,
): HfEntry | undefined {
  const where = `$.models[${index}]`;
  const ref = parseModelRef(record.model_id);
  if (!ref.ok) {
    report.refuse({ kind: ref.kind, source, where: `${where}.model_id`, reason: ref.reason });
    return undefined;
  }
  const card = typeof record.card === "string" ? parseCard(record.card) : undefined;
  const description = card !== undefined ? cardDescription(card.body) : undefined;
  const base = {
    origin: { source, where },
    model: {
      id: ref.ref.id,
      key: ref.ref.key,
      source: "tree" as const,
      ...(description !== undefined ? { description } : {}),
    },
    links: [],
    datasets: [],
  };
  let metadata: unknown;
  try {
    metadata = JSON.parse(record.metadata ?? "null") as unknown;
  } catch {
    // The crawl wrote "N/A" where it could not fetch a model's metadata: keep the model, say why it is bare.
    return {
      ...base,
      problems: [
        {
          kind: "missing-metadata",
          source,
          where: `${where}.metadata`,
          reason: `metadata is ${JSON.stringify((record.metadata ?? "").slice(0, 20))}, not JSON; the model is loaded without its Hub fields`,
        },
      ],
    };
  }
  if (metadata === null) return { ...base, problems: [] };
  const entry = normalizeHubModel(metadata, {
    source: "tree",
    file: source,
    where: `${where}.metadata`,
    ...(description !== undefined ? { description } : {}),
  });
  if (isProblem(entry)) return { ...base, problems: [entry] };
  if (entry.model.key !== ref.ref.key) {
    return {
      ...base,
      problems: [
        {
          kind: "id-mismatch",
          source,
          where: `${where}.metadata.id`,
          reason: `metadata describes ${entry.model.id}, not ${ref.ref.id}; metadata ignored`,
        },
      ],
    };
  }
  return entry;
}
