import { describe, expect, it } from "vitest";

import type { CommentPageRow } from "../../../ingest/analyze/comment-page-rows.ts";
import { sameDerivations, type StoredDerivation } from "../../../ingest/analyze/stored-derivations.ts";

const row: CommentPageRow = {
  id: "c1",
  done: true,
  models: [{ key: "qwen/qwen3-8b", surface: "https://hf.co/Qwen/Qwen3-8B", rule: "link", count: 1 }],
  datasets: [],
  hardware: [{ key: "RTX 3090", surface: "3090", rule: "hardware", count: 2 }],
  engines: [],
  codes: [
    { code: "privacy", score: 0.8, rule: "privacy.local", evidence: ["private"], model: null, prompt: null },
  ],
};

// As analyze/pending-comments reads them: properties as stored (no nulls), the classifier's name included.
const stored: StoredDerivation[] = [
  {
    type: "CLASSIFIED",
    target: "code",
    key: "privacy",
    props: { classifier: "rules-v1", score: 0.8, rule: "privacy.local", evidence: ["private"] },
  },
  {
    type: "MENTIONS",
    target: "hardware",
    key: "RTX 3090",
    props: { count: 2, rule: "hardware", surface: "3090" },
  },
  {
    type: "MENTIONS",
    target: "model",
    key: "qwen/qwen3-8b",
    props: { surface: "https://hf.co/Qwen/Qwen3-8B", rule: "link", count: 1 },
  },
];

describe("sameDerivations", () => {
  it("is true when the comment holds exactly the edges the row would write, in any order", () => {
    expect(sameDerivations(row, stored)).toBe(true);
  });

  it("is false when a property, a target, an edge or an extra edge differs", () => {
    const [code, hardware, model] = stored as [StoredDerivation, StoredDerivation, StoredDerivation];
    expect(sameDerivations(row, [code, { ...hardware, props: { ...hardware.props, count: 1 } }, model])).toBe(
      false,
    );
    expect(sameDerivations(row, [code, { ...hardware, target: "engine" }, model])).toBe(false);
    expect(sameDerivations(row, [code, model])).toBe(false);
    expect(sameDerivations(row, [...stored, { ...model, key: "qwen/qwen3-4b" }])).toBe(false);
    expect(
      sameDerivations(row, [
        { ...code, props: { ...code.props, evidence: ["private", "local"] } },
        hardware,
        model,
      ]),
    ).toBe(false);
    expect(sameDerivations({ ...row, models: [], hardware: [], codes: [] }, [])).toBe(true);
  });
});
