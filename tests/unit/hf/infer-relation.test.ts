import { describe, expect, it } from "vitest";

import { inferRelation } from "../../../ingest/hf/infer-relation.ts";

describe("inferRelation", () => {
  it("makes two or more parents a merge, before any other signal", () => {
    expect(inferRelation({ parentCount: 4, quantizedBy: "TheBloke" })).toMatchObject({
      relation: "merge",
      rule: "inferred:multiple-parents",
      evidence: "4 base models",
    });
  });

  it("reads quantized_by, quantization tags and files as a quantization", () => {
    expect(inferRelation({ parentCount: 1, quantizedBy: "TheBloke" }).rule).toBe("inferred:quantized-by");
    expect(inferRelation({ parentCount: 1, tags: ["transformers", "GGUF"] })).toMatchObject({
      relation: "quantized",
      evidence: "tag gguf",
    });
    expect(inferRelation({ parentCount: 1, files: ["README.md", "model.Q4_K_M.gguf"] })).toMatchObject({
      relation: "quantized",
      rule: "inferred:quant-files",
    });
    expect(inferRelation({ parentCount: 1, tags: ["exl2"] }).relation).toBe("quantized");
  });

  it("reads adapter_config.json or PEFT as an adapter", () => {
    expect(
      inferRelation({ parentCount: 1, files: ["adapter_config.json", "adapter_model.safetensors"] }),
    ).toMatchObject({
      relation: "adapter",
      rule: "inferred:adapter-config",
    });
    expect(inferRelation({ parentCount: 1, libraryName: "peft" }).relation).toBe("adapter");
  });

  it("falls back to a fine-tune and says so", () => {
    expect(inferRelation({ parentCount: 1, tags: ["text-generation"] })).toEqual({
      relation: "finetune",
      rule: "inferred:default",
      evidence: "no merge, quantization or adapter signal",
    });
  });
});
