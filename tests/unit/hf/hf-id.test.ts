import { describe, expect, it } from "vitest";

import { parseModelRef } from "../../../ingest/hf/hf-id.ts";

describe("parseModelRef", () => {
  it("keeps the display id and lowercases the key", () => {
    expect(parseModelRef("mistralai/Mistral-7B-v0.1")).toEqual({
      ok: true,
      ref: { id: "mistralai/Mistral-7B-v0.1", key: "mistralai/mistral-7b-v0.1" },
    });
  });

  it("reads huggingface.co URLs as the repo id (the tree crawl's lists)", () => {
    expect(parseModelRef("https://huggingface.co/motherduckdb/DuckDB-NSQL-7B-v0.1")).toMatchObject({
      ok: true,
      ref: { id: "motherduckdb/DuckDB-NSQL-7B-v0.1" },
    });
    expect(parseModelRef("https://huggingface.co/TheBloke/x-GGUF/tree/main?x=1")).toMatchObject({
      ref: { id: "TheBloke/x-GGUF" },
    });
  });

  it("accepts a legacy id without an owner", () => {
    expect(parseModelRef("gpt2")).toMatchObject({ ok: true, ref: { key: "gpt2" } });
  });

  it.each([
    "/home/me/models/llama",
    "./merged",
    "../out/ckpt",
    "~/models/x",
    "C:\\models\\llama",
    "output/run1/checkpoint-500",
  ])("reports the local path %s instead of making a model of it", (raw) => {
    expect(parseModelRef(raw)).toMatchObject({ ok: false, kind: "local-path" });
  });

  it.each(["", "  ", "org/name with spaces", "org/na--me"])("refuses %j as a repo id", (raw) => {
    expect(parseModelRef(raw)).toMatchObject({ ok: false, kind: "invalid-model-id" });
  });
});
