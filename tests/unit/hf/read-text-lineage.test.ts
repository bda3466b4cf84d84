import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { cardEntry } from "../../../ingest/hf/card-entry.ts";
import { parseCard } from "../../../ingest/hf/parse-card.ts";
import { readLineage } from "../../../ingest/hf/read-lineage.ts";
import { readTextLineage } from "../../../ingest/hf/read-text-lineage.ts";

const CARDS = path.resolve("samples/hf/cards");

/** The markdown body of a real card in samples/hf/cards. */
function body(id: string): string {
  return parseCard(readFileSync(path.join(CARDS, id, "README.md"), "utf8")).body;
}

/** What the text states, as "raw relation rule" lines. */
function stated(text: string): string[] {
  return readTextLineage(text).parents.map((p) => `${p.raw} ${p.relation} ${p.rule}`);
}

/**
 * A card laid out as mergekit writes it (its CARD_TEMPLATE: front matter, "Merge Details", then the YAML it
 * ran under "The following YAML configuration was used to produce this model"); the configurations below
 * follow the shapes seen on real merge cards (models list, slices, modules.default.slices, local paths).
 */
function mergekitCard(frontMatter: string, config: string): string {
  return [
    "---",
    frontMatter,
    "---",
    "# merged",
    "",
    "This is a merge of pre-trained language models created using [mergekit](https://github.com/cg123/mergekit).",
    "",
    "### Configuration",
    "",
    "The following YAML configuration was used to produce this model:",
    "",
    "```yaml",
    config,
    "```",
    "",
  ].join("\n");
}

describe("readTextLineage on the real cards (samples/hf/cards)", () => {
  it("reads TheBloke's 'model files for [X](…)' as a quantization, and ignores the pasted original card", () => {
    // The pasted OpenOrca card below says "fine-tune on top of [Mistral 7B](…)": that is the parent's parent.
    expect(stated(body("TheBloke/Mistral-7B-OpenOrca-GGUF"))).toEqual([
      "https://huggingface.co/Open-Orca/Mistral-7B-OpenOrca quantized text:quantized-from-link",
    ]);
    expect(stated(body("TheBloke/MythoMax-L2-13B-GPTQ"))).toEqual([
      "https://huggingface.co/Gryphe/MythoMax-L2-13b quantized text:quantized-from-link",
    ]);
  });

  it("reads FalconLite's 'is a quantized version of the [X](…)', not the architecture it links", () => {
    // "Model type: [Falcon 40B](tiiuae/falcon-40b)" names the architecture, not the parent.
    expect(stated(body("amazon/FalconLite"))).toEqual([
      "https://huggingface.co/OpenAssistant/falcon-40b-sft-top1-560 quantized text:quantized-from-link",
    ]);
  });

  it("reads MythoMax's 'my [A](…) and [B](…) merge' as two merge parents", () => {
    expect(stated(body("Gryphe/MythoMax-L2-13b"))).toEqual([
      "https://huggingface.co/Gryphe/MythoLogic-L2-13b merge text:merge-of",
      "https://huggingface.co/The-Face-Of-Goonery/Huginn-13b-FP16 merge text:merge-of",
    ]);
  });

  it("reads OpenPipe's 'SLERP merge of A, B, C, and D' with bare ids", () => {
    expect(readTextLineage(body("OpenPipe/mistral-ft-optimized-1227")).parents.map((p) => p.raw)).toEqual([
      "teknium/OpenHermes-2.5-Mistral-7B",
      "Intel/neural-chat-7b-v3-3",
      "meta-math/MetaMath-Mistral-7B",
      "openchat/openchat-3.5-1210",
    ]);
  });

  it("reads fine-tune statements that link their base", () => {
    expect(stated(body("Open-Orca/Mistral-7B-OpenOrca"))).toEqual([
      "https://huggingface.co/mistralai/Mistral-7B-v0.1 finetune text:finetuned-from-link",
    ]);
    expect(stated(body("mlabonne/NeuralHermes-2.5-Mistral-7B"))).toEqual([
      "https://huggingface.co/teknium/OpenHermes-2.5-Mistral-7B finetune text:finetuned-from-link",
    ]);
    expect(stated(body("Intel/neural-chat-7b-v3-3"))).toEqual([
      "https://huggingface.co/Intel/neural-chat-7b-v3-1 finetune text:finetuned-from-link",
    ]);
  });

  it("states nothing where the text only names models loosely", () => {
    // Kunoichi: "a SLERP merger between my previous RP model, Silicon-Maid-7B, and an unreleased model" (no ids),
    // and "turn [jan-hq/stealth-v1.2](…) into a viable model through mergers" (about Ninja-7B, not Kunoichi).
    expect(stated(body("SanjiWatsuki/Kunoichi-7B"))).toEqual([]);
    // MetaMath: "based on the powerful Mistral-7B model" names no repo.
    expect(stated(body("meta-math/MetaMath-Mistral-7B"))).toEqual([]);
  });

  it("does not take a link to the model's own quantization for a parent (MonadGPT)", () => {
    // "[A quantized version of this model is available in llama.cpp's format, GGUF.](…)" points at a child.
    expect(stated(body("Pclanglais/MonadGPT"))).toEqual([
      "https://huggingface.co/teknium/OpenHermes-2-Mistral-7B finetune text:finetuned-from-link",
    ]);
  });
});

describe("readTextLineage on mergekit configurations", () => {
  it("lists models, slices (also under modules) and base_model once each", () => {
    const slices = mergekitCard(
      "base_model: []\ntags:\n- mergekit",
      [
        "slices:",
        "  - sources:",
        "      - model: Undi95/Mistral-RP-0.1-7B",
        "        layer_range: [0, 32]",
        "      - model: MaziyarPanahi/NSFW_DPO_Noromaid-7b-Mistral-7B-Instruct-v0.1",
        "        layer_range: [0, 32]",
        "merge_method: slerp",
        "base_model: Undi95/Mistral-RP-0.1-7B",
        "dtype: bfloat16",
      ].join("\n"),
    );
    const lineage = readTextLineage(parseCard(slices).body);
    expect(lineage.parents.map((p) => `${p.raw} ${p.relation} ${p.rule}`)).toEqual([
      "Undi95/Mistral-RP-0.1-7B merge mergekit-config",
      "MaziyarPanahi/NSFW_DPO_Noromaid-7b-Mistral-7B-Instruct-v0.1 merge mergekit-config",
    ]);
    expect(lineage.parents[0]?.evidence).toContain("merge_method: slerp");

    const modules = mergekitCard(
      "tags:\n- merge",
      [
        "base_model: org/Base-12B",
        "merge_method: ties",
        "modules:",
        "  default:",
        "    slices:",
        "    - sources:",
        "      - layer_range: [0, 40]",
        "        model: org/Other-12B",
        "      - layer_range: [0, 40]",
        "        model: org/Base-12B",
      ].join("\n"),
    );
    expect(readTextLineage(parseCard(modules).body).parents.map((p) => p.raw)).toEqual([
      "org/Other-12B",
      "org/Base-12B",
    ]);
  });

  it("makes merge edges from the configuration when the front matter names no parent", () => {
    const text = mergekitCard(
      "base_model: []",
      "models:\n  - model: a/One\n  - model: b/Two+c/Lora\nmerge_method: linear\ndtype: float16",
    );
    const entry = cardEntry("me/merged", text, "README.md");
    if ("kind" in entry) throw new Error(entry.reason);
    expect(entry.links.map((l) => [l.parentId, l.relation, l.source, l.rule])).toEqual([
      ["a/One", "merge", "card", "mergekit-config"],
      ["b/Two", "merge", "card", "mergekit-config"],
      ["c/Lora", "merge", "card", "mergekit-config"],
    ]);
  });

  it("reports local paths in the configuration and links nothing for them", () => {
    const text = mergekitCard(
      "base_model: []",
      "models:\n  - model: ./extra_hdd2/Mixtral-8x7B-Instruct-v0.1\nmerge_method: dare_ties\nbase_model: ./extra_hdd/Mixtral-8x7B-v0.1",
    );
    const entry = cardEntry("me/merged", text, "README.md");
    if ("kind" in entry) throw new Error(entry.reason);
    expect(entry.links).toEqual([]);
    expect(entry.problems.map((p) => [p.kind, p.where])).toEqual([
      ["local-path", "card text mergekit-config"],
      ["local-path", "card text mergekit-config"],
    ]);
  });

  it("reports a configuration that is not valid YAML", () => {
    const text = mergekitCard("base_model: []", "models: [a/One\nmerge_method: linear");
    const lineage = readTextLineage(parseCard(text).body);
    expect(lineage.parents).toEqual([]);
    expect(lineage.problems[0]?.where).toBe("mergekit config 1");
  });
});

describe("readLineage: the card's text ranks below its metadata", () => {
  const base = { id: "me/child", key: "me/child", source: "README.md", where: "front matter" };

  it("never adds a text parent when base_model names another", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "org/Stated" },
      cardText: "This repo contains GGUF format model files for [X](https://huggingface.co/org/Other).",
    });
    expect(lineage.links.map((l) => [l.parentId, l.rule])).toEqual([["org/Stated", "inferred:default"]]);
  });

  it("says how a stated parent was used when the metadata gives no signal", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "org/Stated" },
      cardText: "This repo contains GGUF format model files for [X](https://huggingface.co/ORG/stated).",
    });
    expect(lineage.links).toEqual([
      expect.objectContaining({
        parentId: "org/Stated",
        relation: "quantized",
        source: "card",
        rule: "text:quantized-from-link",
        evidence: expect.stringContaining("card base_model: org/Stated; card text: GGUF format") as unknown,
      }) as unknown,
    ]);
  });

  it("keeps a metadata signal over the text (quantized_by stays the rule)", () => {
    const lineage = readLineage({
      ...base,
      cardData: { base_model: "org/Stated", quantized_by: "someone" },
      cardText: "This is a fine-tuned version of [X](https://huggingface.co/org/Stated).",
    });
    expect(lineage.links.map((l) => [l.relation, l.rule])).toEqual([["quantized", "inferred:quantized-by"]]);
  });

  it("skips a link to the model itself without a problem", () => {
    const lineage = readLineage({
      ...base,
      cardText: "This repo contains GGUF format model files for [me](https://huggingface.co/me/child).",
    });
    expect(lineage.links).toEqual([]);
    expect(lineage.problems).toEqual([]);
  });
});

describe("readTextLineage against the Hub's own lineage (samples/hf/trees, Llama-2-7b)", () => {
  it("states only parents the crawl's children/adapters/quantized/merges lists confirm", () => {
    // A precision check on real cards: the tree's lists are the Hub's base_model relations, independent of
    // the prose. Every parent the prose states must be among the parents the lists give that model.
    const tree = JSON.parse(
      readFileSync(path.resolve("samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json"), "utf8"),
    ) as { models: Record<string, unknown>[] };
    const key = (s: string): string => s.replace(/^https?:\/\/huggingface\.co\//, "").toLowerCase();
    const listed = new Map<string, Set<string>>();
    for (const record of tree.models)
      for (const list of ["children", "adapters", "quantized", "merges"])
        for (const url of (record[list] as string[] | undefined) ?? []) {
          const parents = listed.get(key(url)) ?? new Set<string>();
          parents.add(key(record.model_id as string));
          listed.set(key(url), parents);
        }
    const stated: string[] = [];
    const unconfirmed: string[] = [];
    for (const record of tree.models) {
      if (typeof record.card !== "string") continue;
      const child = key(record.model_id as string);
      for (const parent of readTextLineage(parseCard(record.card).body).parents) {
        stated.push(`${child} -> ${key(parent.raw)}`);
        if (listed.get(child)?.has(key(parent.raw)) !== true) unconfirmed.push(stated.at(-1) ?? "");
      }
    }
    // Mostly the Trainer's "This model is a fine-tuned version of [X](…)" on the meditron and jais branches.
    expect(stated).toHaveLength(27);
    expect(unconfirmed).toEqual([]);
  });
});
