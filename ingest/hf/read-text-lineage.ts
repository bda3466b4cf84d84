import type { Relation } from "./hf-records.ts";
import { readMergekitConfig } from "./read-mergekit-config.ts";

/** A parent stated in a card's prose or its mergekit configuration, with the rule that matched. */
export interface TextParent {
  /** The id or huggingface.co URL as written; checked by the caller (parseModelRef). */
  readonly raw: string;
  readonly relation: Relation;
  /** `mergekit-config`, `text:quantized-from-link`, `text:finetuned-from-link`, `text:merge-of`. */
  readonly rule: string;
  /** The matched text, shortened. */
  readonly evidence: string;
}

/** What a card's body says about its parents, and the configurations that could not be read. */
export interface TextLineage {
  readonly parents: TextParent[];
  readonly problems: { readonly where: string; readonly reason: string }[];
}

// A markdown link to a model page on the Hub; the URL is group 1. Dataset, Space and docs pages are not models.
const LINK = String.raw`\[[^\]\n]{1,200}\]\(\s*(https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!(?:datasets|spaces|docs|blog|papers|collections|organizations)/)[^)\s]+)\s*\)`;
// A bare ORG/NAME in prose; ends on a letter or digit so a sentence's full stop is not taken.
const BARE_ID = String.raw`[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9]`;
const ITEM = `(?:${LINK}|${BARE_ID})`;
const LIST = String.raw`${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s+(?:and|&)\s+${ITEM}`;

/**
 * Prose patterns, each a plain statement of where the model came from, read on the real cards:
 * TheBloke's "This repo contains GGUF format model files for [X](…)", FalconLite's "is a quantized version of
 * the [X](…)" and "Quantized from weights: [X](…)", Open-Orca's "fine-tune on top of [X](…)", Intel's
 * "fine-tuned … from the [X](…)", NeuralHermes's "is based on the [X](…) model that has been further
 * fine-tuned", MythoMax's "my [A](…) and [B](…) merge", OpenPipe's "SLERP merge of A, B, C, and D".
 * Only links (or ORG/NAME ids in merge lists) count: a bare name such as "Silicon-Maid-7B" is not an id, and a
 * link next to a looser phrase ("turn [X] into a viable model through mergers") is not a statement of parentage.
 */
const RULES: readonly { relation: Relation; rule: string; pattern: RegExp }[] = [
  {
    relation: "quantized",
    rule: "text:quantized-from-link",
    pattern: new RegExp(
      String.raw`\b(?:GGUF|GGML|GPTQ|AWQ|EXL2|HQQ|AQLM|MLX)(?:\s+format)?\s+model\s+files\s+for\s+(?:the\s+)?${LINK}`,
      "gi",
    ),
  },
  {
    relation: "quantized",
    rule: "text:quantized-from-link",
    pattern: new RegExp(
      String.raw`\b(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}quantiz(?:ed\s+version|ation)\s+of\s+(?:the\s+)?${LINK}`,
      "gi",
    ),
  },
  {
    relation: "quantized",
    rule: "text:quantized-from-link",
    pattern: new RegExp(String.raw`\bquantized\s+from(?:\s+the)?(?:\s+weights)?[\s:*]*${LINK}`, "gi"),
  },
  {
    relation: "merge",
    rule: "text:merge-of",
    pattern: new RegExp(String.raw`${LINK}\s+and\s+${LINK}\s+merge\b`, "gi"),
  },
  {
    relation: "merge",
    rule: "text:merge-of",
    pattern: new RegExp(String.raw`\bmerge[rd]?\s+(?:of|between)\s+${LIST}`, "gi"),
  },
  {
    relation: "finetune",
    rule: "text:finetuned-from-link",
    pattern: new RegExp(
      String.raw`\b(?:fine-?tun(?:e|ed|ing)\s+on\s+top\s+of|fine-?tuned\s+(?:version\s+)?of|an?\s+fine-?tune\s+of)\s+(?:the\s+)?${LINK}`,
      "gi",
    ),
  },
  {
    relation: "finetune",
    rule: "text:finetuned-from-link",
    pattern: new RegExp(String.raw`\bfine-?tuned\b[^.[\]]{0,80}?\bfrom\s+(?:the\s+)?${LINK}`, "gi"),
  },
  {
    relation: "finetune",
    rule: "text:finetuned-from-link",
    pattern: new RegExp(
      String.raw`\bis\s+based\s+on\s+(?:the\s+)?${LINK}(?:\s+model)?[^.[\]]{0,60}?\bfine-?tuned\b`,
      "gi",
    ),
  },
];

const LINK_URL = new RegExp(LINK, "g");
const BARE = new RegExp(String.raw`(?<![\w./-])${BARE_ID}(?![\w/])`, "g");

/**
 * Reads the parents a card's own text states: a mergekit YAML configuration first, then the prose patterns
 * above. Quantizers paste the original model's card below their own ("# Original model card: …"); that part
 * describes the parent, not this model, so it is cut off first. Each parent is given once, by the first rule
 * that names it.
 */
export function readTextLineage(body: string): TextLineage {
  const own = ownPart(body.replace(/\r\n?/g, "\n"));
  const parents: TextParent[] = [];
  const seen = new Set<string>();
  const push = (parent: TextParent): void => {
    const key = parent.raw.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    parents.push(parent);
  };

  const mergekit = readMergekitConfig(own);
  for (const raw of mergekit.models)
    push({ raw, relation: "merge", rule: "mergekit-config", evidence: mergekit.evidence });

  const prose = own
    .replace(/```[\s\S]*?```/g, "\n\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim());
  for (const { relation, rule, pattern } of RULES) {
    for (const paragraph of prose) {
      for (const match of paragraph.matchAll(pattern)) {
        if (aboutAnotherModel(paragraph, match.index)) continue;
        const evidence = shorten(match[0]);
        for (const raw of idsIn(match[0])) push({ raw, relation, rule, evidence });
      }
    }
  }
  return { parents, problems: mergekit.problems };
}

/**
 * Whether the sentence a match is in begins with a link to a model before the match: then its subject is that
 * model ("The [Intel/neural-chat-7b-v3-1](…) was originally fine-tuned from [Mistral](…)"), not this one.
 */
function aboutAnotherModel(paragraph: string, index: number): boolean {
  const before = paragraph.slice(0, index);
  const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s/g)].map((m) => m.index + 1));
  return new RegExp(LINK).test(before.slice(sentenceStart));
}

/** The card up to a pasted "Original model card" heading. */
function ownPart(body: string): string {
  const pasted = /^#{1,6}\s*(?:\*\*)?original\s+model\s+card\b/im.exec(body);
  return pasted === null ? body : body.slice(0, pasted.index);
}

/** The Hub URLs of the links in a match, then the bare ORG/NAME ids outside them. */
function idsIn(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(LINK_URL)) if (match[1] !== undefined) ids.push(match[1]);
  const rest = text.replace(LINK_URL, " ");
  for (const match of rest.matchAll(BARE)) ids.push(match[0]);
  return ids;
}

function shorten(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
