import type { Relation } from "./hf-records.ts";

/** What a record says about itself that hints at how it was derived. */
export interface RelationSignals {
  readonly parentCount: number;
  readonly quantizedBy?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly files?: readonly string[] | undefined;
  readonly libraryName?: string | undefined;
}

/** An inferred relation with the rule that decided it and the evidence seen. */
export interface InferredRelation {
  readonly relation: Relation;
  readonly rule: string;
  readonly evidence: string;
}

const QUANT_TAGS = new Set(["gguf", "gptq", "awq", "exl2", "ggml", "4-bit", "8-bit", "bitsandbytes"]);
const QUANT_FILE = /\.(gguf|ggml)$|(^|\/)quantize_config\.json$|(^|\/)measurement\.json$/i;

/**
 * When the Hub does not say how a model relates to its base: two or more parents make a merge;
 * quantized_by, GGUF/GPTQ/AWQ/EXL2 tags or files make a quantization; adapter_config.json or PEFT an adapter;
 * anything else a fine-tune. The rule names the signal so the edge can be checked.
 */
export function inferRelation(signals: RelationSignals): InferredRelation {
  if (signals.parentCount >= 2) {
    return {
      relation: "merge",
      rule: "inferred:multiple-parents",
      evidence: `${signals.parentCount} base models`,
    };
  }
  if (signals.quantizedBy !== undefined) {
    return {
      relation: "quantized",
      rule: "inferred:quantized-by",
      evidence: `quantized_by: ${signals.quantizedBy}`,
    };
  }
  const tags = (signals.tags ?? []).map((tag) => tag.toLowerCase());
  const quantTag = tags.find((tag) => QUANT_TAGS.has(tag));
  if (quantTag !== undefined) {
    return { relation: "quantized", rule: "inferred:quant-tag", evidence: `tag ${quantTag}` };
  }
  const quantFile = signals.files?.find((file) => QUANT_FILE.test(file));
  if (quantFile !== undefined) {
    return { relation: "quantized", rule: "inferred:quant-files", evidence: `file ${quantFile}` };
  }
  const adapterFile = signals.files?.find((file) => /(^|\/)adapter_config\.json$/.test(file));
  if (adapterFile !== undefined) {
    return { relation: "adapter", rule: "inferred:adapter-config", evidence: `file ${adapterFile}` };
  }
  if (signals.libraryName?.toLowerCase() === "peft" || tags.includes("peft")) {
    return { relation: "adapter", rule: "inferred:peft", evidence: "library peft" };
  }
  return {
    relation: "finetune",
    rule: "inferred:default",
    evidence: "no merge, quantization or adapter signal",
  };
}
