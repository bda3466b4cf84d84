import { describe, expect, it } from "vitest";

import { loadDictionaries } from "../../../ingest/analyze/dictionaries.ts";
import { extractMentions } from "../../../ingest/analyze/extract-mentions.ts";

const dictionaries = loadDictionaries();
const found = (text: string): string[] =>
  extractMentions(text, dictionaries).map(
    (m) => `${m.rule}:${m.detail && m.target === "model" ? m.detail : m.name}`,
  );

describe("extractMentions", () => {
  it("finds names, sizes, hardware with counts and memory, VRAM and engines in one sentence", () => {
    const text =
      "I run Llama 3.1 70B on 4x P40 and a 3090 (24GB VRAM) with llama.cpp; my M2 Ultra 192GB runs MLX";
    expect(found(text)).toEqual([
      "model-name:Llama 3.1 70B",
      "hardware:Tesla P40",
      "hardware:RTX 3090",
      "hardware:M2 Ultra",
      "vram:24GB VRAM",
      "engine:llama.cpp",
      "engine:MLX",
    ]);
    const p40 = extractMentions(text, dictionaries).find((m) => m.name === "Tesla P40");
    expect(p40?.surface).toBe("4x P40");
  });

  it("prefers the longest family name and maps sizes to the repository", () => {
    const mentions = extractMentions(
      "Qwen3-Coder-30B-A3B-Instruct beats Qwen2.5-Coder and Mistral 7B",
      dictionaries,
    );
    expect(mentions.map((m) => [m.detail, m.name])).toEqual([
      ["Qwen3-Coder 30B-A3B", "Qwen/Qwen3-Coder-30B-A3B-Instruct"],
      ["Qwen2.5-Coder", "Qwen/Qwen2.5-Coder-32B-Instruct"],
      ["Mistral 7B", "mistralai/Mistral-7B-v0.1"],
    ]);
  });

  it("never takes a bare vendor name, a URL's file name or an unknown org/name as a mention", () => {
    expect(
      found("Mistral and Qwen are both fine, and/or r/LocalLLaMA, see https://example.com/llama.cpp-GGUF"),
    ).toEqual([]);
  });

  it("reads bare repository ids of known organisations and links in the same text, once each, counting repeats", () => {
    const mentions = extractMentions(
      "Use unsloth/Qwen3-30B-A3B-GGUF or https://huggingface.co/unsloth/Qwen3-30B-A3B-GGUF, GGUF and gguf",
      dictionaries,
    );
    expect(mentions.map((m) => `${m.rule}:${m.name}:${m.count}`)).toEqual([
      "link:unsloth/Qwen3-30B-A3B-GGUF:2",
      "engine:GGUF:2",
    ]);
  });

  it("recognises the engines and formats the issue names, in their usual spellings", () => {
    const text =
      "llama.cpp, Ollama, vLLM, exllamav2, KoboldCpp, text-generation-webui (oobabooga), LM Studio, MLX; GGUF, GPTQ, AWQ, EXL2";
    expect(new Set(extractMentions(text, dictionaries).map((m) => m.name))).toEqual(
      new Set([
        "llama.cpp",
        "Ollama",
        "vLLM",
        "exllamav2",
        "KoboldCpp",
        "text-generation-webui",
        "LM Studio",
        "MLX",
        "GGUF",
        "GPTQ",
        "AWQ",
        "EXL2",
      ]),
    );
  });
});
