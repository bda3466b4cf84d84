import { z } from "zod";

import type { IngestProblem } from "../common/ingest-report.ts";
import { parseModelRef } from "./hf-id.ts";
import type { DatasetRef, LineageLink, LinkSource, Relation } from "./hf-records.ts";
import { inferRelation } from "./infer-relation.ts";
import { readTextLineage } from "./read-text-lineage.ts";

/** What a record (card, tree entry, Hub API object) holds about its lineage, before any decision. */
export interface LineageInput {
  readonly id: string;
  readonly key: string;
  /** Card metadata (YAML front matter or the API's cardData); anything, checked here. */
  readonly cardData?: unknown;
  readonly tags?: readonly string[] | undefined;
  /** The API's `baseModels` expansion (canonical parents), when fetched. */
  readonly baseModels?: unknown;
  readonly files?: readonly string[] | undefined;
  readonly libraryName?: string | undefined;
  /** The card's markdown body, for parents stated only in its prose or mergekit configuration. */
  readonly cardText?: string | undefined;
  /** File or URL, and the place within it, for problems. */
  readonly source: string;
  readonly where: string;
}

/** Lineage and the card facts the graph keeps. */
export interface Lineage {
  readonly links: LineageLink[];
  readonly datasets: DatasetRef[];
  readonly license?: string;
  readonly quantizedBy?: string;
  readonly cardTags: string[];
  readonly problems: IngestProblem[];
}

const EXPLICIT_RELATIONS = ["finetune", "adapter", "quantized", "merge"] as const;
const relationSchema = z.enum(EXPLICIT_RELATIONS);
const stringOrList = z.union([z.string(), z.array(z.string())]);
const baseModelsSchema = z.object({
  relation: z.string(),
  models: z.array(z.object({ id: z.string() }).loose()),
});
const TAG = /^base_model:(?:(adapter|merge|quantized|finetune):)?(.+)$/;

interface Candidate {
  readonly id: string;
  readonly key: string;
  readonly source: LinkSource;
  readonly relation?: Relation;
  readonly rule?: string;
  readonly evidence: string;
  /** api > tag with relation > card with relation > a mention without relation > the card's text. */
  readonly rank: number;
}

/**
 * Turns a record's base_model / base_model_relation, `base_model:RELATION:ID` tags and `baseModels` into
 * DERIVED_FROM links. Each parent gets the most authoritative relation available; one without any is
 * inferred (see inferRelation), and the link says so. Bad values are reported with their place, not loaded.
 */
export function readLineage(input: LineageInput): Lineage {
  const problems: IngestProblem[] = [];
  const problem = (kind: string, field: string, reason: string): void => {
    problems.push({ kind, source: input.source, where: `${input.where} ${field}`.trim(), reason });
  };
  const card = isRecord(input.cardData) ? input.cardData : {};
  if (input.cardData !== undefined && input.cardData !== null && !isRecord(input.cardData)) {
    problem("invalid-card-data", "front matter", `card metadata is ${typeOf(input.cardData)}, not a mapping`);
  }

  const candidates: Candidate[] = [];
  const add = (raw: string, field: string, make: (id: string, key: string) => Candidate): void => {
    const parsed = parseModelRef(raw);
    if (!parsed.ok) {
      problem(parsed.kind, field, parsed.reason);
      return;
    }
    if (parsed.ref.key === input.key) {
      problem("self-loop", field, `${input.id} names itself as its base model`);
      return;
    }
    candidates.push(make(parsed.ref.id, parsed.ref.key));
  };

  // Card: base_model (a string, or a list for merges) and base_model_relation.
  let cardRelation: Relation | undefined;
  if (card.base_model_relation !== undefined) {
    const parsed = relationSchema.safeParse(card.base_model_relation);
    if (parsed.success) cardRelation = parsed.data;
    else
      problem(
        "unknown-relation",
        "base_model_relation",
        `${JSON.stringify(card.base_model_relation)} is not one of ${EXPLICIT_RELATIONS.join(", ")}; relation inferred instead`,
      );
  }
  if (card.base_model !== undefined && card.base_model !== null) {
    // A string, or a list (merges); in a list, an item of the wrong type loses only itself.
    const single = typeof card.base_model === "string";
    const items: unknown[] = single
      ? [card.base_model]
      : Array.isArray(card.base_model)
        ? card.base_model
        : [];
    if (!single && !Array.isArray(card.base_model)) {
      problem(
        "invalid-base-model",
        "base_model",
        `base_model is ${typeOf(card.base_model)}; expected a repo id or a list of repo ids`,
      );
    }
    items.forEach((value, index) => {
      const field = single ? "base_model" : `base_model[${index}]`;
      if (typeof value !== "string") {
        problem("invalid-base-model", field, `${field} is ${typeOf(value)}; expected a repo id`);
        return;
      }
      add(value, field, (id, key) => ({
        id,
        key,
        source: "card",
        ...(cardRelation !== undefined ? { relation: cardRelation, rule: "base_model_relation" } : {}),
        evidence: `card base_model: ${value}${cardRelation !== undefined ? `; base_model_relation: ${cardRelation}` : ""}`,
        rank: cardRelation !== undefined ? 2 : 0,
      }));
    });
  }

  // Tags: base_model:ID and base_model:RELATION:ID (the relation is the card's or the Hub's inference).
  for (const tag of input.tags ?? []) {
    const match = TAG.exec(tag);
    if (match === null) continue;
    const relation = match[1] as Relation | undefined;
    add(match[2] ?? "", `tag ${tag}`, (id, key) => ({
      id,
      key,
      source: "tag",
      ...(relation !== undefined ? { relation, rule: "relation-tag" } : {}),
      evidence: `tag ${tag}`,
      rank: relation !== undefined ? 3 : 0,
    }));
  }

  // API: baseModels {relation, models[]} is the Hub's canonical answer (renamed parents resolved).
  if (input.baseModels !== undefined && input.baseModels !== null) {
    const parsed = baseModelsSchema.safeParse(input.baseModels);
    if (!parsed.success) {
      problem(
        "invalid-base-models",
        "baseModels",
        `unexpected shape: ${parsed.error.issues[0]?.message ?? ""}`,
      );
    } else {
      const relation = relationSchema.safeParse(parsed.data.relation.toLowerCase());
      if (!relation.success) {
        problem(
          "unknown-relation",
          "baseModels.relation",
          `${JSON.stringify(parsed.data.relation)} is not a known relation`,
        );
      }
      parsed.data.models.forEach((model, index) =>
        add(model.id, `baseModels.models[${index}]`, (id, key) => ({
          id,
          key,
          source: "api",
          ...(relation.success ? { relation: relation.data, rule: "api-base-models" } : {}),
          evidence: `api baseModels: ${model.id} (${parsed.data.relation})`,
          rank: relation.success ? 4 : 1,
        })),
      );
    }
  }

  // Card text: below every metadata field. It adds parents only when the metadata names none, and otherwise
  // only says how a named parent was used when nothing else does (instead of inferred:default).
  const stated = readStatedParents(input, problems);
  if (candidates.length === 0) candidates.push(...stated.values());

  const apiKeys = new Set(candidates.filter((c) => c.source === "api").map((c) => c.key));
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (apiKeys.size > 0 && !apiKeys.has(candidate.key)) {
      // The Hub resolved the parents: a card name it did not return is an old (renamed) or dead name.
      problem(
        "non-canonical-parent",
        candidate.source === "card" ? "base_model" : "tags",
        `${candidate.id} is not among the Hub's baseModels (renamed or deleted); the Hub's parents are used`,
      );
      continue;
    }
    const current = best.get(candidate.key);
    if (current === undefined || candidate.rank > current.rank) best.set(candidate.key, candidate);
  }

  const quantizedBy = typeof card.quantized_by === "string" ? card.quantized_by : undefined;
  const cardTags = Array.isArray(card.tags)
    ? card.tags.filter((t): t is string => typeof t === "string")
    : [];
  const parentCount = best.size;
  const links: LineageLink[] = [];
  for (const candidate of best.values()) {
    let relation = candidate.relation;
    let rule = candidate.rule;
    let evidence = candidate.evidence;
    if (relation === undefined || rule === undefined) {
      const inferred = inferRelation({
        parentCount,
        quantizedBy,
        tags: [...(input.tags ?? []), ...cardTags],
        files: input.files,
        libraryName: input.libraryName,
      });
      const text = stated.get(candidate.key);
      if (inferred.rule === "inferred:default" && text?.relation !== undefined && text.rule !== undefined) {
        relation = text.relation;
        rule = text.rule;
        evidence = `${evidence}; ${text.evidence}`;
      } else {
        relation = inferred.relation;
        rule = inferred.rule;
        evidence = `${evidence}; ${inferred.evidence}`;
      }
    }
    links.push({
      childId: input.id,
      childKey: input.key,
      parentId: candidate.id,
      parentKey: candidate.key,
      relation,
      source: candidate.source,
      rule,
      evidence,
    });
  }

  const datasets: DatasetRef[] = [];
  if (card.datasets !== undefined && card.datasets !== null) {
    const parsed = stringOrList.safeParse(card.datasets);
    if (!parsed.success) {
      problem(
        "invalid-datasets",
        "datasets",
        `datasets is ${Array.isArray(card.datasets) ? "a list with a non-string item" : typeOf(card.datasets)}; expected a list of dataset ids`,
      );
    } else {
      for (const id of typeof parsed.data === "string" ? [parsed.data] : parsed.data) {
        const trimmed = id.trim();
        if (trimmed !== "") datasets.push({ id: trimmed, key: trimmed.toLowerCase() });
      }
    }
  }
  const license = typeof card.license === "string" ? card.license : undefined;
  return {
    links,
    datasets,
    ...(license !== undefined ? { license } : {}),
    ...(quantizedBy !== undefined ? { quantizedBy } : {}),
    cardTags,
    problems,
  };
}

/** The parents the card's text states (see readTextLineage), one per key, as the lowest-ranked candidates. */
function readStatedParents(input: LineageInput, problems: IngestProblem[]): Map<string, Candidate> {
  const stated = new Map<string, Candidate>();
  if (input.cardText === undefined) return stated;
  const text = readTextLineage(input.cardText);
  for (const p of text.problems)
    problems.push({
      kind: "invalid-mergekit-config",
      source: input.source,
      where: `card text ${p.where}`,
      reason: p.reason,
    });
  for (const parent of text.parents) {
    const parsed = parseModelRef(parent.raw);
    if (!parsed.ok) {
      // Prose rules match Hub links only; a mergekit entry can be a local path, which is worth saying.
      problems.push({
        kind: parsed.kind,
        source: input.source,
        where: `card text ${parent.rule}`,
        reason: parsed.reason,
      });
      continue;
    }
    // A card linking to itself (its own GGUF files, say) states nothing about a parent.
    if (parsed.ref.key === input.key || stated.has(parsed.ref.key)) continue;
    stated.set(parsed.ref.key, {
      id: parsed.ref.id,
      key: parsed.ref.key,
      source: "card",
      relation: parent.relation,
      rule: parent.rule,
      evidence: `card text: ${parent.evidence}`,
      rank: -1,
    });
  }
  return stated;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}
