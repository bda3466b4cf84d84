import type { Dictionaries } from "./dictionaries.ts";
import { extractModelLinks } from "./extract-model-links.ts";

/** What a mention points to: a Model or Dataset repository, a Hardware or an Engine node. */
export type MentionTarget = "model" | "dataset" | "hardware" | "engine";

/** The rule that found a mention; recorded on the MENTIONS edge. */
export type MentionRule = "link" | "bare-repo-id" | "model-name" | "hardware" | "vram" | "engine";

/** One thing a text mentions, once per target (repeats are counted). */
export interface Mention {
  readonly target: MentionTarget;
  /** The node key: lowercased repository id for models and datasets, the normalized name otherwise. */
  readonly key: string;
  /** Display form: `org/name` as written, or the normalized name ("RTX 3090", "llama.cpp"). */
  readonly name: string;
  /** Hardware / Engine kind, or for model names the canonical name ("Llama 3.1 70B"). */
  readonly detail?: string;
  /** The text as written (first occurrence). */
  readonly surface: string;
  readonly rule: MentionRule;
  readonly count: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

// URLs and markdown link targets: their text is handled by the link rule and must not feed the name rules
// (a GGUF in a file name is not a sentence about GGUF).
const URL =
  /\]\([^)\s]*\)|\b(?:https?:\/\/|www\.)[^\s)\]]+|(?<![\w.-])(?:huggingface\.co|hf\.co|github\.com)\/[^\s)\]]+/gi;
const COUNT_BEFORE = /(?<![\w.])\d{1,2}\s?x\s?$/i;
// An `org/name` written without a link.
const BARE_ID = /(?<![\w./@-])([A-Za-z0-9][\w.-]{1,38})\/([A-Za-z0-9][\w.-]{0,95}[A-Za-z0-9])(?![\w/-])/g;

/**
 * Every model, dataset, hardware and engine mention in a text: repository links in every shape, bare
 * repository ids of known organisations, unambiguous model names, hardware and engines from the dictionaries.
 * Pure and synchronous, so the analyzer can run it over tens of thousands of comments a second.
 */
export function extractMentions(text: string, dictionaries: Dictionaries): Mention[] {
  const found = new Map<string, Mention>();
  const add = (mention: Omit<Mention, "count">): void => {
    const id = `${mention.target}:${mention.key}`;
    const existing = found.get(id);
    if (existing === undefined) found.set(id, { ...mention, count: 1 });
    else found.set(id, { ...existing, count: existing.count + 1 });
  };
  for (const link of extractModelLinks(text)) {
    add({ target: link.kind, key: link.key, name: link.id, surface: link.surface, rule: "link" });
  }
  let prose = blank(text, URL);
  const bare: Span[] = [];
  // Nine comments in ten have no slash left once links are blanked, and BARE_ID tries every word for one.
  for (const match of prose.includes("/") ? prose.matchAll(BARE_ID) : []) {
    const [surface, org, name] = match;
    if (org === undefined || name === undefined || !dictionaries.organisations.has(org.toLowerCase()))
      continue;
    const id = `${org}/${name.replace(/[.-]+$/, "")}`;
    add({ target: "model", key: id.toLowerCase(), name: id, surface, rule: "bare-repo-id" });
    bare.push({ start: match.index, end: match.index + surface.length });
  }
  prose = blankSpans(prose, bare);
  for (const mention of familyHits(prose, dictionaries)) add(mention);
  for (const mention of hardwareHits(prose, dictionaries)) add(mention);
  for (const mention of engineHits(prose, dictionaries)) add(mention);
  return [...found.values()];
}

function familyHits(prose: string, dictionaries: Dictionaries): Omit<Mention, "count">[] {
  const mentions: Omit<Mention, "count">[] = [];
  for (const { entry: family, match } of dictionaries.families.scan(prose)) {
    const size = match[1] === undefined ? undefined : formatSize(match[1]);
    if (size === undefined && family.sizeRequired) continue;
    const model =
      size !== undefined && family.model.includes("{size}")
        ? family.model.replace("{size}", size)
        : family.defaultModel;
    const canonical = size === undefined ? family.name : `${family.name} ${size}`;
    mentions.push({
      target: "model",
      key: model.toLowerCase(),
      name: model,
      detail: canonical,
      surface: match[0],
      rule: "model-name",
    });
  }
  return mentions;
}

function hardwareHits(prose: string, dictionaries: Dictionaries): Omit<Mention, "count">[] {
  const mentions: Omit<Mention, "count">[] = dictionaries.hardware
    .scan(prose)
    .map(({ entry, match, start }) => ({
      target: "hardware",
      key: entry.name,
      name: entry.name,
      detail: entry.kind,
      // "4x P40", "2x 3090": the count stays in the surface, as written.
      surface: (COUNT_BEFORE.exec(prose.slice(Math.max(0, start - 6), start))?.[0] ?? "") + match[0],
      rule: "hardware",
    }));
  dictionaries.vram.lastIndex = 0;
  for (const match of prose.matchAll(dictionaries.vram)) {
    const amount = match.slice(1).find((group) => group !== undefined);
    if (amount === undefined) continue;
    const name = `${Number(amount)}GB VRAM`;
    mentions.push({ target: "hardware", key: name, name, detail: "vram", surface: match[0], rule: "vram" });
  }
  return mentions;
}

function engineHits(prose: string, dictionaries: Dictionaries): Omit<Mention, "count">[] {
  return dictionaries.engines.scan(prose).map(({ entry, match }) => ({
    target: "engine",
    key: entry.name,
    name: entry.name,
    detail: entry.kind,
    surface: match[0],
    rule: "engine",
  }));
}

/** "30b-a3b" → "30B-A3B", "8x7b" → "8x7B", "e4b" → "E4B". */
function formatSize(size: string): string {
  return size
    .toUpperCase()
    .replace(/ /g, "-")
    .replace(/(\d)X(\d)/, "$1x$2");
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => " ".repeat(match.length));
}

function blankSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans)
    out = out.slice(0, span.start) + " ".repeat(span.end - span.start) + out.slice(span.end);
  return out;
}
