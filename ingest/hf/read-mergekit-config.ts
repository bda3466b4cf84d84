import { parseDocument } from "yaml";

/** The models a card's mergekit configuration merges, and the configurations that could not be read. */
export interface MergekitModels {
  /** Model ids (or paths, checked by the caller) in order of appearance, without duplicates. */
  readonly models: string[];
  /** `mergekit merge_method: …; models: …`, short. */
  readonly evidence: string;
  readonly problems: { readonly where: string; readonly reason: string }[];
}

const FENCE = /```[^\n]*\n([\s\S]*?)```/g;

/**
 * Finds the YAML block mergekit writes into merge cards ("The following YAML configuration was used to produce
 * this model") — a fenced block with a top-level `merge_method:` — and lists the models it names:
 * `models[].model`, `slices[].sources[].model` (also under `modules.*`) and `base_model`. A `model+lora` entry names both. A block that
 * is not valid YAML is reported with its place and gives nothing.
 */
export function readMergekitConfig(markdown: string): MergekitModels {
  const models: string[] = [];
  const methods: string[] = [];
  const problems: { where: string; reason: string }[] = [];
  const add = (value: unknown): void => {
    const raw = modelName(value);
    if (raw === undefined) return;
    for (const part of raw.split("+")) {
      const trimmed = part.trim();
      if (trimmed !== "" && !models.some((m) => m.toLowerCase() === trimmed.toLowerCase()))
        models.push(trimmed);
    }
  };
  let block = 0;
  for (const fence of markdown.matchAll(FENCE)) {
    const yamlText = fence[1] ?? "";
    if (!/^merge_method\s*:/m.test(yamlText)) continue;
    block += 1;
    const document = parseDocument(yamlText, { uniqueKeys: false });
    const error = document.errors[0];
    const config: unknown = error === undefined ? document.toJS({ maxAliasCount: 100 }) : undefined;
    if (!isRecord(config)) {
      problems.push({
        where: `mergekit config ${block}`,
        reason: `the mergekit configuration is not a YAML mapping${error !== undefined ? `: ${error.message.split("\n")[0] ?? ""}` : ""}; its models are not linked`,
      });
      continue;
    }
    if (typeof config.merge_method === "string") methods.push(config.merge_method);
    for (const entry of asList(config.models)) add(isRecord(entry) ? entry.model : entry);
    // Newer mergekit nests slices per module (modules: {default: {slices: …}}).
    const modules = isRecord(config.modules) ? Object.values(config.modules) : [];
    for (const slices of [config.slices, ...modules.map((m) => (isRecord(m) ? m.slices : undefined))])
      for (const slice of asList(slices))
        for (const source of asList(isRecord(slice) ? slice.sources : undefined))
          add(isRecord(source) ? source.model : undefined);
    add(config.base_model);
  }
  const evidence = `mergekit merge_method: ${methods.join(", ")}; models: ${models.join(", ")}`;
  return { models, evidence: evidence.length <= 200 ? evidence : `${evidence.slice(0, 199)}…`, problems };
}

/** mergekit writes a model as a string, or (newer versions) as {model: {path}} / {path}. */
function modelName(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (isRecord(value)) {
    if (typeof value.path === "string") return value.path;
    if (isRecord(value.model) && typeof value.model.path === "string") return value.model.path;
  }
  return undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
