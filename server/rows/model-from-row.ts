import type { DeepPartial } from "../deep-partial.ts";
import type { Model } from "../generated/resolvers-types.ts";

/** A Model node's properties (as model-*.cypher return them) in the API's shape: lists never null. */
export function modelFromRow(row: Record<string, unknown>): DeepPartial<Model> {
  return {
    ...(row as DeepPartial<Model>),
    __typename: "Model",
    tags: asStrings(row.tags),
    sources: asStrings(row.sources),
    placeholder: row.placeholder === true,
  };
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
