import { parse as parseYaml } from "yaml";
import { z } from "zod";

import type { IngestProblem } from "../common/ingest-report.ts";
import { parseModelRef } from "./hf-id.ts";
import type { HfEntry, ModelRecord, RecordSource } from "./hf-records.ts";
import { readLineage } from "./read-lineage.ts";

/** Where a Hub model object was read, and what else is known about it. */
export interface HubModelContext {
  readonly source: RecordSource;
  /** File or URL. */
  readonly file: string;
  /** Place in it: "line 12", "$.models[3].metadata". */
  readonly where: string;
  /** The card's first prose, when the card text came with the record (tree crawls). */
  readonly description?: string;
}

// Fields the graph uses, each checked on its own so one odd value loses only itself. Both the raw API keys
// and huggingface_hub's ModelInfo attribute names (the tree crawl's dump holds both) are read.
const fields = {
  author: z.string().min(1),
  downloads: z.number().int().nonnegative(),
  likes: z.number().int().nonnegative(),
  createdAt: z.string(),
  lastModified: z.string(),
  pipeline_tag: z.string().min(1),
  library_name: z.string().min(1),
  tags: z.array(z.string()),
  gated: z.union([z.boolean(), z.enum(["auto", "manual"])]),
  private: z.boolean(),
  authorData: z
    .object({ type: z.enum(["user", "org"]), fullname: z.string().min(1).optional().catch(undefined) })
    .loose(),
};
type Fields = { [K in keyof typeof fields]?: z.infer<(typeof fields)[K]> };
const ALIASES: Record<string, keyof Fields> = { created_at: "createdAt", last_modified: "lastModified" };

/**
 * Turns one Hub API model object (from /api/models, a snapshot line, or a tree crawl's ModelInfo dump)
 * into an entry: the model, its lineage links and datasets, and every problem with its place.
 * Returns a problem instead when the object has no usable id.
 */
export function normalizeHubModel(raw: unknown, context: HubModelContext): HfEntry | IngestProblem {
  const at = (where: string, kind: string, reason: string): IngestProblem => ({
    kind,
    source: context.file,
    where: `${context.where}${where}`,
    reason,
  });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return at("", "invalid-record", "expected a model object");
  }
  const object = raw as Record<string, unknown>;
  const rawId = object.id ?? object.modelId;
  if (typeof rawId !== "string") return at(".id", "missing-id", "the record has no string id");
  const ref = parseModelRef(rawId);
  if (!ref.ok) return at(".id", ref.kind, ref.reason);
  const { id, key } = ref.ref;

  const problems: IngestProblem[] = [];
  const values: Fields = {};
  for (const [name, value] of Object.entries(object)) {
    const field = (ALIASES[name] ?? name) as keyof Fields;
    const schema = fields[field] as z.ZodType | undefined;
    if (schema === undefined || value === null || value === undefined) continue;
    if (values[field] !== undefined && name !== field) continue; // the raw API key wins over the alias
    const parsed = schema.safeParse(value);
    if (parsed.success) (values as Record<string, unknown>)[field] = parsed.data;
    else
      problems.push(
        at(
          `.${name}`,
          "invalid-field",
          `${name}: ${parsed.error.issues[0]?.message ?? "bad value"}; field dropped`,
        ),
      );
  }

  const cardData = readCardData(object.cardData ?? object.card_data, (reason) =>
    problems.push(at(".cardData", "invalid-yaml", reason)),
  );
  const files = readFiles(object.siblings);
  const lineage = readLineage({
    id,
    key,
    cardData,
    tags: values.tags,
    baseModels: object.baseModels,
    files,
    libraryName: values.library_name,
    source: context.file,
    where: context.where,
  });
  problems.push(...lineage.problems);

  const license =
    lineage.license ?? values.tags?.find((t) => t.startsWith("license:"))?.slice("license:".length);
  const model: ModelRecord = {
    id,
    key,
    source: context.source,
    ...(values.author !== undefined ? { author: values.author } : {}),
    ...(values.downloads !== undefined ? { downloads: values.downloads } : {}),
    ...(values.likes !== undefined ? { likes: values.likes } : {}),
    ...optionalDate("createdAt", values.createdAt),
    ...optionalDate("lastModified", values.lastModified),
    ...(values.pipeline_tag !== undefined ? { pipelineTag: values.pipeline_tag } : {}),
    ...(values.library_name !== undefined ? { libraryName: values.library_name } : {}),
    ...(license !== undefined ? { license } : {}),
    ...(values.tags !== undefined ? { tags: values.tags } : {}),
    ...(values.gated !== undefined ? { gated: values.gated !== false } : {}),
    ...(values.private !== undefined ? { private: values.private } : {}),
    ...(context.description !== undefined ? { description: context.description } : {}),
    ...(values.authorData !== undefined ? { authorKind: values.authorData.type } : {}),
    ...(values.authorData?.fullname !== undefined ? { authorFullname: values.authorData.fullname } : {}),
  };
  return {
    origin: { source: context.file, where: context.where },
    model,
    links: lineage.links,
    datasets: lineage.datasets,
    problems,
  };
}

/** True when normalizeHubModel refused the record. */
export function isProblem(value: HfEntry | IngestProblem): value is IngestProblem {
  return "reason" in value && !("model" in value);
}

/** cardData is an object from the API, but YAML text in huggingface_hub's dump (the tree crawls). */
function readCardData(value: unknown, onError: (reason: string) => void): unknown {
  if (typeof value !== "string") return value;
  try {
    return parseYaml(value, { uniqueKeys: false }) as unknown;
  } catch (error) {
    onError(
      `cardData is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    return undefined;
  }
}

/** File names: API siblings are {rfilename}; the dump has "RepoSibling(rfilename='x', …)" strings. */
function readFiles(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const files: string[] = [];
  for (const item of value) {
    if (
      typeof item === "object" &&
      item !== null &&
      typeof (item as { rfilename?: unknown }).rfilename === "string"
    ) {
      files.push((item as { rfilename: string }).rfilename);
    } else if (typeof item === "string") {
      const match = /rfilename='([^']*)'/.exec(item);
      if (match?.[1] !== undefined) files.push(match[1]);
    }
  }
  return files;
}

/** Dates as ISO 8601 UTC ("2024-04-17 08:12:44+00:00" from the dump included); unreadable ones are left out. */
function optionalDate<K extends "createdAt" | "lastModified">(
  name: K,
  value: string | undefined,
): Partial<Record<K, string>> {
  if (value === undefined) return {};
  const time = Date.parse(value.includes("T") ? value : value.replace(" ", "T"));
  return Number.isNaN(time) ? {} : ({ [name]: new Date(time).toISOString() } as Partial<Record<K, string>>);
}
