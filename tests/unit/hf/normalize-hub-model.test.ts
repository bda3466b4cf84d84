import { describe, expect, it } from "vitest";

import type { IngestProblem } from "../../../ingest/common/ingest-report.ts";
import type { HfEntry } from "../../../ingest/hf/hf-records.ts";
import { isProblem, normalizeHubModel } from "../../../ingest/hf/normalize-hub-model.ts";

const context = { source: "snapshot", file: "snap.jsonl", where: "line 3" } as const;

function entryOf(raw: unknown): HfEntry {
  const entry = normalizeHubModel(raw, context);
  if (isProblem(entry)) throw new Error(`refused: ${entry.reason}`);
  return entry;
}

describe("normalizeHubModel field checks", () => {
  it("keeps every well-typed field", () => {
    const { model, problems } = entryOf({
      id: "Org/Model-7B",
      author: "Org",
      downloads: 12,
      likes: 0,
      createdAt: "2024-04-17 08:12:44+00:00",
      last_modified: "2024-05-01T00:00:00.000Z",
      pipeline_tag: "text-generation",
      library_name: "transformers",
      tags: ["llama", "license:mit"],
      gated: "manual",
      private: false,
      authorData: { type: "org", fullname: "The Org", avatarUrl: "x" },
    });
    expect(problems).toEqual([]);
    expect(model).toEqual({
      id: "Org/Model-7B",
      key: "org/model-7b",
      source: "snapshot",
      author: "Org",
      downloads: 12,
      likes: 0,
      createdAt: "2024-04-17T08:12:44.000Z",
      lastModified: "2024-05-01T00:00:00.000Z",
      pipelineTag: "text-generation",
      libraryName: "transformers",
      license: "mit",
      tags: ["llama", "license:mit"],
      gated: true,
      private: false,
      authorKind: "org",
      authorFullname: "The Org",
    });
  });

  it.each([
    ["author", ""],
    ["downloads", -1],
    ["downloads", 1.5],
    ["downloads", 2 ** 53],
    ["likes", "12"],
    ["createdAt", 20240417],
    ["pipeline_tag", ""],
    ["library_name", 3],
    ["tags", ["ok", 7]],
    ["gated", "sometimes"],
    ["private", "no"],
    ["authorData", { type: "team" }],
    ["authorData", ["org"]],
  ])("drops %s = %j with a problem that says where and why", (name, value) => {
    const { model, problems } = entryOf({ id: "org/m", [name]: value });
    expect(problems).toEqual([
      expect.objectContaining<Partial<IngestProblem>>({
        kind: "invalid-field",
        source: "snap.jsonl",
        where: `line 3.${name}`,
        reason: expect.stringMatching(new RegExp(`^${name}: .+; field dropped$`)) as string,
      }),
    ]);
    expect(Object.keys(model).sort()).toEqual(["id", "key", "source"]);
  });

  it("keeps an account's kind when only its fullname is unusable", () => {
    for (const fullname of ["", null, 42]) {
      const { model, problems } = entryOf({ id: "org/m", authorData: { type: "user", fullname } });
      expect(problems).toEqual([]);
      expect(model.authorKind).toBe("user");
      expect(model.authorFullname).toBeUndefined();
    }
  });
});
