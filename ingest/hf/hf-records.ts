import type { IngestProblem } from "../common/ingest-report.ts";

/** How a model was derived from its parent (DERIVED_FROM.relation). */
export type Relation = "finetune" | "adapter" | "quantized" | "merge" | "unknown";
export const RELATIONS: readonly Relation[] = ["finetune", "adapter", "quantized", "merge", "unknown"];

/** Where a lineage edge was read (DERIVED_FROM.source). */
export type LinkSource = "card" | "tag" | "api" | "tree";

/** Which input a model record came from (Model.sources). */
export type RecordSource = "card" | "tree" | "api" | "snapshot";

/** Why a Model is only a placeholder (Model.placeholderReason). */
export type PlaceholderReason = "referenced" | "404" | "401" | "403" | "gated";

/** A fetched model, normalized: graph properties under Model's names (docs/graph-model.md). */
export interface ModelRecord {
  readonly id: string;
  readonly key: string;
  readonly source: RecordSource;
  readonly author?: string;
  readonly downloads?: number;
  readonly likes?: number;
  /** ISO 8601 UTC. */
  readonly createdAt?: string;
  readonly lastModified?: string;
  readonly pipelineTag?: string;
  readonly libraryName?: string;
  readonly license?: string;
  readonly tags?: readonly string[];
  readonly gated?: boolean;
  readonly private?: boolean;
  readonly description?: string;
  /** HFAccount kind when the source says it (user / org). */
  readonly authorKind?: "user" | "org";
  /** HFAccount fullname (the display name) when the source says it (the API's authorData). */
  readonly authorFullname?: string;
}

/** One DERIVED_FROM edge: child derived from parent, with how we know and how the relation was decided. */
export interface LineageLink {
  readonly childId: string;
  readonly childKey: string;
  readonly parentId: string;
  readonly parentKey: string;
  readonly relation: Relation;
  readonly source: LinkSource;
  /** e.g. base_model_relation, relation-tag, api-base-models, tree:quantized, inferred:multiple-parents. */
  readonly rule: string;
  /** What was read, so a reader can check it. */
  readonly evidence: string;
}

/** A dataset a model says it was trained on (cardData.datasets). */
export interface DatasetRef {
  readonly id: string;
  readonly key: string;
}

/** Everything one input record contributes to the graph, plus the problems found in it. */
export interface HfEntry {
  /** The file or URL and the place in it this entry was read from (for problems found later, e.g. cycles). */
  readonly origin: { readonly source: string; readonly where: string };
  readonly model: ModelRecord;
  readonly links: readonly LineageLink[];
  readonly datasets: readonly DatasetRef[];
  /** Models named without being fetched (tree children, say), kept as placeholders so trees stay connected. */
  readonly referenced?: readonly {
    readonly id: string;
    readonly key: string;
    readonly reason: PlaceholderReason;
  }[];
  readonly problems: readonly IngestProblem[];
}
