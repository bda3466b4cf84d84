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

// As analyze/pending-comments reads them: type, target, key, property count (the classifier's name included),
// then surface, rule, count, score, evidence, model, prompt (null when the edge has no such property).
const code: StoredDerivation = [
  "CLASSIFIED",
  "code",
  "privacy",
  4,
  null,
  "privacy.local",
  null,
  0.8,
  ["private"],
  null,
  null,
];
const hardware: StoredDerivation = [
  "MENTIONS",
  "hardware",
  "RTX 3090",
  3,
  "3090",
  "hardware",
  2,
  null,
  null,
  null,
  null,
];
const model: StoredDerivation = [
  "MENTIONS",
  "model",
  "qwen/qwen3-8b",
  3,
  "https://hf.co/Qwen/Qwen3-8B",
  "link",
  1,
  null,
  null,
  null,
  null,
];

/** A copy of an edge with some of its positions replaced. */
function changed(edge: StoredDerivation, at: Record<number, unknown>): StoredDerivation {
  return edge.map((value, i) => (i in at ? at[i] : value)) as unknown as StoredDerivation;
}

describe("sameDerivations", () => {
  it("is true when the comment holds exactly the edges the row would write, in any order", () => {
    expect(sameDerivations(row, [code, hardware, model])).toBe(true);
    expect(sameDerivations(row, [model, code, hardware])).toBe(true);
  });

  it("is false when a property, a target, an edge or an extra edge differs", () => {
    expect(sameDerivations(row, [code, changed(hardware, { 6: 1 }), model])).toBe(false);
    expect(sameDerivations(row, [code, changed(hardware, { 1: "engine" }), model])).toBe(false);
    expect(sameDerivations(row, [code, model])).toBe(false);
    expect(sameDerivations(row, [code, hardware, model, changed(model, { 2: "qwen/qwen3-4b" })])).toBe(false);
    expect(sameDerivations(row, [changed(code, { 8: ["private", "local"] }), hardware, model])).toBe(false);
    expect(sameDerivations({ ...row, models: [], hardware: [], codes: [] }, [])).toBe(true);
  });

  it("is false when a stored edge has a property the analyzer does not write, or lacks one it writes", () => {
    expect(sameDerivations(row, [code, changed(hardware, { 3: 4 }), model])).toBe(false);
    expect(sameDerivations(row, [changed(code, { 3: 5 }), hardware, model])).toBe(false);
    expect(sameDerivations(row, [code, changed(hardware, { 3: 2, 6: null }), model])).toBe(false);
    // A model and prompt (an LLM classifier's) count as properties only when the edge has them.
    const llm = { ...row, codes: [{ ...row.codes[0]!, model: "qwen3", prompt: "p" }] };
    expect(sameDerivations(llm, [changed(code, { 3: 6, 9: "qwen3", 10: "p" }), hardware, model])).toBe(true);
    expect(sameDerivations(llm, [changed(code, { 9: "qwen3", 10: "p" }), hardware, model])).toBe(false);
  });
});
