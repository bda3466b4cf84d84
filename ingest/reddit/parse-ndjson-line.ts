import { normalizeRedditThing, type NormalizeResult } from "./normalize-reddit-thing.ts";
import type { RedditSource } from "./reddit-rows.ts";

/** JSON.parse + normalize of one NDJSON line; a line that is not JSON is an `invalid-json` result, not a throw. */
export function parseNdjsonLine(text: string, source?: RedditSource): NormalizeResult | undefined {
  if (text.length === 0 || isBlank(text)) return undefined; // blank lines carry nothing
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: "invalid-json", reason: `not JSON: ${(error as Error).message}` };
  }
  return normalizeRedditThing(value, undefined, source);
}

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
