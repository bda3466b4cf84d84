import { describe, expect, it } from "vitest";

import { readLineage } from "../../../ingest/hf/read-lineage.ts";

const base = { id: "me/child", key: "me/child", source: "README.md", where: "front matter" };

describe("readLineage", () => {
  it("takes base_model_relation from the card", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "org/Base", base_model_relation: "adapter" },
    });
    expect(lineage.links).toEqual([
      expect.objectContaining({
        parentId: "org/Base",
        parentKey: "org/base",
        relation: "adapter",
        source: "card",
        rule: "base_model_relation",
      }) as unknown,
    ]);
  });

  it("prefers the relation tag to an inference from the card, and keeps one link per parent", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "Org/Base" },
      tags: ["base_model:org/base", "base_model:quantized:org/base", "gguf"],
    });
    expect(lineage.links).toHaveLength(1);
    expect(lineage.links[0]).toMatchObject({ relation: "quantized", source: "tag", rule: "relation-tag" });
  });

  it("uses the API's baseModels as canonical and reports a card parent it does not name", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "old-org/Base" },
      baseModels: { relation: "finetune", models: [{ id: "new-org/Base" }] },
    });
    expect(lineage.links.map((l) => [l.parentId, l.source, l.rule])).toEqual([
      ["new-org/Base", "api", "api-base-models"],
    ]);
    expect(lineage.problems.map((p) => p.kind)).toEqual(["non-canonical-parent"]);
  });

  it("reports bad values with their place and loads the rest", () => {
    const lineage = readLineage({
      ...base,
      cardData: {
        base_model: ["org/a", 7, "/srv/ckpt"],
        base_model_relation: "distill",
        datasets: "org/data",
      },
    });
    expect(lineage.problems.map((p) => [p.kind, p.where])).toEqual([
      ["unknown-relation", "front matter base_model_relation"],
      ["invalid-base-model", "front matter base_model[1]"],
      ["local-path", "front matter base_model[2]"],
    ]);
    // The one good parent stays; with the relation unknown, it is inferred.
    expect(lineage.links.map((l) => [l.parentId, l.relation, l.rule])).toEqual([
      ["org/a", "finetune", "inferred:default"],
    ]);
    expect(lineage.datasets).toEqual([{ id: "org/data", key: "org/data" }]);
  });

  it("reports a base_model that is neither a string nor a list", () => {
    const lineage = readLineage({ ...base, cardData: { base_model: { name: "org/a" } } });
    expect(lineage.problems[0]).toMatchObject({
      kind: "invalid-base-model",
      where: "front matter base_model",
      reason: expect.stringContaining("a mapping") as unknown,
    });
  });

  it("refuses a self-loop, whatever the case", () => {
    const lineage = readLineage({ ...base, cardData: { base_model: "ME/Child" } });
    expect(lineage.links).toEqual([]);
    expect(lineage.problems[0]).toMatchObject({ kind: "self-loop", where: "front matter base_model" });
  });

  it("reports a local path in a list and keeps the real ids beside it (a merge)", () => {
    const lineage = readLineage({ ...base, cardData: { base_model: ["org/a", "./local/merge", "org/b"] } });
    expect(lineage.links.map((l) => [l.parentId, l.relation])).toEqual([
      ["org/a", "merge"],
      ["org/b", "merge"],
    ]);
    expect(lineage.problems[0]).toMatchObject({ kind: "local-path", where: "front matter base_model[1]" });
  });
});
