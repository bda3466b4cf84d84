/** A Hugging Face model id in its display form and the lowercased key the graph MERGEs on. */
export interface ModelRef {
  readonly id: string;
  readonly key: string;
}

/** Why a string is not a usable model id. */
export type ModelRefProblem = "local-path" | "invalid-model-id";

export type ModelRefResult =
  | { readonly ok: true; readonly ref: ModelRef }
  | { readonly ok: false; readonly kind: ModelRefProblem; readonly reason: string };

// The Hub's rule for repo names: letters, digits, '-', '_', '.'; an optional owner; at most 96 characters.
const HUB_ID = /^(?:[A-Za-z0-9][\w.-]*\/)?[\w.-]+$/;
const HUB_URL_PREFIX = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/(?:models\/)?/i;

/**
 * Reads a base_model value or a crawl's URL as a model id. Cards hold local paths ("/home/me/out",
 * "./merged", "C:\\models\\x") where a repo id belongs: those are reported, never turned into models.
 */
export function parseModelRef(raw: string): ModelRefResult {
  let text = raw.trim();
  if (HUB_URL_PREFIX.test(text)) {
    // A huggingface.co URL: keep ORG/NAME, drop /tree/main, /blob/… and query strings.
    text = text.replace(HUB_URL_PREFIX, "").split(/[?#]/)[0] ?? "";
    text = text.split("/").slice(0, 2).join("/");
  }
  if (text === "") return { ok: false, kind: "invalid-model-id", reason: "empty model id" };
  if (/^(?:\/|\.{1,2}\/|~|[A-Za-z]:[\\/])|\\/.test(text) || text.split("/").length > 2) {
    return {
      ok: false,
      kind: "local-path",
      reason: `${JSON.stringify(raw)} is a local path, not a Hub repo id`,
    };
  }
  if (!HUB_ID.test(text) || text.length > 96 + 40 || text.includes("--") || text.includes("..")) {
    return { ok: false, kind: "invalid-model-id", reason: `${JSON.stringify(raw)} is not a Hub repo id` };
  }
  return { ok: true, ref: { id: text, key: modelKey(text) } };
}

/** The graph key of a Hub id: the Hub treats ids case-insensitively (it redirects case variants). */
export function modelKey(id: string): string {
  return id.toLowerCase();
}

/** The owner part of ORG/NAME, or undefined for a legacy id without one (gpt2). */
export function ownerOf(id: string): string | undefined {
  const slash = id.indexOf("/");
  return slash > 0 ? id.slice(0, slash) : undefined;
}
