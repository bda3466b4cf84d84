import { describe, expect, it } from "vitest";

import { extractModelLinks } from "../../../ingest/analyze/extract-model-links.ts";

const ids = (text: string): string[] => extractModelLinks(text).map((link) => `${link.kind}:${link.id}`);

describe("extractModelLinks", () => {
  it("reads markdown links with escaped underscores and /blob/ paths (comment in samples/reddit/comments_1lvnkuk.json)", () => {
    const text =
      "For GGUFs, you can take the mmproj of the og model: [https://huggingface.co/bartowski/google\\_gemma-3-27b-it-GGUF/blob/main/mmproj-google\\_gemma-3-27b-it-bf16.gguf](https://huggingface.co/bartowski/google_gemma-3-27b-it-GGUF/blob/main/mmproj-google_gemma-3-27b-it-bf16.gguf)";
    expect(ids(text)).toEqual(["model:bartowski/google_gemma-3-27b-it-GGUF"]);
  });

  it("handles /tree/ /resolve/, query strings, anchors, trailing punctuation, hf.co and Ollama tags", () => {
    const text = [
      "https://huggingface.co/unsloth/DeepSeek-R1-GGUF/tree/main/DeepSeek-R1-UD-IQ1_S",
      "https://huggingface.co/google/shieldgemma-2b.",
      "(https://huggingface.co/Qwen/Qwen3-32B-FP8#advanced-usage)",
      "https://huggingface.co/x/y-GGUF/resolve/main/a.gguf?download=true",
      "ollama run hf.co/lmstudio-community/DeepCoder-14B-Preview-GGUF:Q4_K_M",
    ].join(" ");
    expect(ids(text)).toEqual([
      "model:unsloth/DeepSeek-R1-GGUF",
      "model:google/shieldgemma-2b",
      "model:Qwen/Qwen3-32B-FP8",
      "model:x/y-GGUF",
      "model:lmstudio-community/DeepCoder-14B-Preview-GGUF",
    ]);
  });

  it("keys case variants of one repository together and keeps the first spelling", () => {
    const links = extractModelLinks(
      "https://huggingface.co/TheBloke/Foo-GGUF and huggingface.co/thebloke/foo-gguf",
    );
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ id: "TheBloke/Foo-GGUF", key: "thebloke/foo-gguf" });
  });

  it("skips Spaces, blogs, collections, organisation pages, searches and CDN uploads; reads datasets", () => {
    const text = [
      "[HF](https://huggingface.co/spaces/webml-community/conversational-webgpu)",
      "https://huggingface.co/blog/mlabonne/abliteration",
      "https://huggingface.co/collections/Qwen/qwen3-67dd247413f0e2e4f653967f",
      "[unsloth](https://huggingface.co/unsloth) https://huggingface.co/models?search=Qwen/Qwen3",
      "https://cdn-uploads.huggingface.co/production/uploads/650762d0/x.jpeg",
      "[Data](https://huggingface.co/datasets/manycore-research/SpatialLM-Testset)",
    ].join(" ");
    expect(ids(text)).toEqual(["dataset:manycore-research/SpatialLM-Testset"]);
  });
});
