/** How a model derives from its parent (docs/graph-model.md, DERIVED_FROM.relation). */
export type Relation = "finetune" | "quantized" | "merge" | "adapter" | "unknown";

/** Every relation, in legend order. */
export const RELATIONS: readonly Relation[] = ["finetune", "quantized", "merge", "adapter", "unknown"];

/**
 * One colour per relation, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies); "unknown" is grey so it never reads as a claim.
 */
export const RELATION_COLORS: Readonly<Record<Relation, string>> = {
  finetune: "#0072B2",
  quantized: "#E69F00",
  merge: "#CC79A7",
  adapter: "#009E73",
  unknown: "#8a8f98",
};

/** The relation named by an API value; anything unrecognised counts as "unknown" rather than being dropped. */
export function toRelation(value: unknown): Relation {
  return typeof value === "string" && (RELATIONS as readonly string[]).includes(value)
    ? (value as Relation)
    : "unknown";
}
