import type { CommentRow, RedditItem, RedditSource, ThreadRow } from "./reddit-rows.ts";

/** A record that normalized, or why it did not: `kind` is the report's reason key, `reason` names the field. */
export type NormalizeResult =
  | { readonly ok: true; readonly item: RedditItem }
  | { readonly ok: false; readonly kind: string; readonly reason: string };

/** Reddit caps a post at 40,000 characters and a comment at 10,000; anything far past that is not Reddit data. */
export const MAX_TEXT_LENGTH = 100_000;

const BASE36_ID = /^[0-9a-z]{1,16}$/;
const ERASED_TEXT = new Set(["[deleted]", "[removed]"]);
// removed_by_category values that mean the author deleted it; the others (moderator, reddit, automod_filtered,
// anti_evil_ops, copyright_takedown …) are removals by someone else.
const DELETED_BY_AUTHOR = new Set(["deleted", "author"]);

/** Thrown inside the normalizer only, turned into a result at its edge. */
class Invalid extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Validates and normalizes one Reddit `data` object (a submission or a comment, as the Reddit API, Arctic Shift
 * and Pushshift give it). `hint` is the API's kind (t1/t3) when known; otherwise the shape decides. Hand-written
 * rather than zod: it runs once per record on the hot path, and says which field is wrong and why just the same.
 */
export function normalizeRedditThing(
  value: unknown,
  hint?: "t1" | "t3",
  sourceOverride?: RedditSource,
): NormalizeResult {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new Invalid("not-an-object", `expected a JSON object, got ${describe(value)}`);
    }
    const data = value as Record<string, unknown>;
    const kind = hint ?? detectKind(data);
    const source = sourceOverride ?? detectSource(data);
    return { ok: true, item: kind === "t3" ? thread(data, source) : comment(data, source) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, kind: error.kind, reason: error.message };
    throw error;
  }
}

function detectKind(data: Record<string, unknown>): "t1" | "t3" {
  const name = data.name;
  if (typeof name === "string") {
    if (name.startsWith("t1_")) return "t1";
    if (name.startsWith("t3_")) return "t3";
  }
  if (data.parent_id !== undefined || data.link_id !== undefined) return "t1";
  if (data.title !== undefined) return "t3";
  throw new Invalid(
    "unknown-kind",
    `neither a submission (title) nor a comment (parent_id, link_id)${typeof name === "string" ? `: name ${name}` : ""}`,
  );
}

function detectSource(data: Record<string, unknown>): RedditSource {
  if (data._meta !== undefined) return "arctic-shift";
  if (data.retrieved_on !== undefined || data.retrieved_utc !== undefined) return "pushshift";
  return "reddit-api";
}

function thread(data: Record<string, unknown>, source: RedditSource): RedditItem {
  const id = baseId(data, "t3_");
  const subreddit = requiredString(data, "subreddit");
  const title = requiredString(data, "title");
  const set: ThreadRow["set"] = { title: cleanText(title, "title"), subreddit };
  // A link flair that went away is absent, not an empty string (graph-model.md: no empty strings).
  if (data.link_flair_text !== undefined) set.flair = optionalString(data.link_flair_text, "link_flair_text");
  if (data.url !== undefined) set.url = optionalString(data.url, "url");
  if (data.domain !== undefined) set.domain = optionalString(data.domain, "domain");
  const ints: ThreadRow["ints"] = {};
  if (data.num_comments !== undefined) ints.numComments = optionalInt(data.num_comments, "num_comments");
  const times: ThreadRow["times"] = {};
  const author = shared(data, source, "selftext", set, ints, times);
  return { kind: "thread", row: { id, subreddit, ...author, set, ints, times } };
}

function comment(data: Record<string, unknown>, source: RedditSource): RedditItem {
  const id = baseId(data, "t1_");
  const threadId = prefixedId(data, "link_id", ["t3_"]);
  const parentId = prefixedId(data, "parent_id", ["t1_", "t3_"]);
  if (typeof data.body !== "string") {
    throw new Invalid("invalid-field", `body must be a string, got ${describe(data.body)}`);
  }
  const set: CommentRow["set"] = { threadId, parentId };
  if (data.is_submitter !== undefined) set.isSubmitter = optionalBoolean(data.is_submitter, "is_submitter");
  if (data.distinguished !== undefined)
    set.distinguished = optionalString(data.distinguished, "distinguished");
  const ints: CommentRow["ints"] = {};
  if (data.depth !== undefined) ints.depth = optionalInt(data.depth, "depth");
  const times: CommentRow["times"] = {};
  const author = shared(data, source, "body", set, ints, times);
  return { kind: "comment", row: { id, threadId, parentId, ...author, set, ints, times } };
}

/**
 * What submissions and comments share — text and its erasure, score, times, removal metadata — written into the
 * caller's maps (no intermediate objects: this runs once per record). Returns the author fields.
 */
function shared(
  data: Record<string, unknown>,
  source: RedditSource,
  textField: "body" | "selftext",
  set: Record<string, string | boolean | string[] | null>,
  ints: Record<string, number | null>,
  times: Record<string, number | null>,
): { author: string | null; authorDeleted: boolean; authorFlair: string | null } {
  const author = optionalString(data.author, "author");
  const authorDeleted = author === "[deleted]";
  const meta = optionalObject(data._meta, "_meta");
  const removalType =
    (meta !== undefined ? optionalString(meta.removal_type, "_meta.removal_type") : null) ??
    optionalString(data.removed_by_category, "removed_by_category");
  const wasDeletedLater =
    meta !== undefined && meta.was_deleted_later !== undefined
      ? optionalBoolean(meta.was_deleted_later, "_meta.was_deleted_later")
      : null;
  const rawText = optionalString(data[textField], textField);
  const deleted =
    rawText === "[deleted]" ||
    wasDeletedLater === true ||
    (removalType !== null && DELETED_BY_AUTHOR.has(removalType));
  const removed = rawText === "[removed]" || (removalType !== null && !DELETED_BY_AUTHOR.has(removalType));
  // Reddit's terms: text that was deleted or removed is never stored, only the fact (a flag).
  const text =
    deleted || removed || rawText === null || ERASED_TEXT.has(rawText) ? null : cleanText(rawText, textField);

  set.body = text === "" ? null : text;
  set.deleted = deleted;
  set.removed = removed;
  set.source = source;
  if (data.permalink !== undefined) set.permalink = optionalString(data.permalink, "permalink");
  if (data.stickied !== undefined) set.stickied = optionalBoolean(data.stickied, "stickied");
  if (removalType !== null || data.removed_by_category !== undefined || meta !== undefined)
    set.removalType = removalType;
  if (wasDeletedLater !== null) set.wasDeletedLater = wasDeletedLater;

  if (data.score !== undefined) ints.score = optionalInt(data.score, "score");

  times.createdAt = requiredTime(data, "created_utc");
  if (data.edited !== undefined) times.edited = editedTime(data.edited);
  const seen = lastSeen(data, meta);
  if (seen !== null) times.lastSeenAt = seen;

  const flair = optionalString(data.author_flair_text, "author_flair_text");
  return {
    author: author === null || authorDeleted ? null : author,
    authorDeleted,
    authorFlair: flair === "" ? null : flair,
  };
}

function baseId(data: Record<string, unknown>, prefix: string): string {
  const raw = data.id;
  if (raw === undefined || raw === null || raw === "")
    throw new Invalid("missing-id", "the record has no id");
  if (typeof raw !== "string")
    throw new Invalid("invalid-field", `id must be a base36 string, got ${describe(raw)}`);
  const id = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
  if (!BASE36_ID.test(id))
    throw new Invalid("invalid-field", `id ${JSON.stringify(raw)} is not a base36 Reddit id`);
  return id;
}

function prefixedId(data: Record<string, unknown>, field: string, prefixes: string[]): string {
  const raw = data[field];
  if (typeof raw !== "string") {
    throw new Invalid(
      "invalid-field",
      `${field} must be a string like ${prefixes[0]}abc123, got ${describe(raw)}`,
    );
  }
  const prefix = prefixes.find((p) => raw.startsWith(p));
  const id = prefix === undefined ? raw : raw.slice(prefix.length);
  // A bare id is accepted only where the kind is unambiguous (link_id is always a submission).
  if ((prefix === undefined && prefixes.length > 1) || !BASE36_ID.test(id)) {
    throw new Invalid(
      "invalid-field",
      `${field} ${JSON.stringify(raw)} is not ${prefixes.join(" or ")} + a base36 id`,
    );
  }
  return id;
}

function requiredString(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== "string" || value === "") {
    throw new Invalid("invalid-field", `${field} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

function optionalString(value: unknown, label: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string")
    throw new Invalid("invalid-field", `${label} must be a string, got ${describe(value)}`);
  return value === "" ? null : value;
}

function optionalBoolean(value: unknown, label: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "boolean")
    throw new Invalid("invalid-field", `${label} must be true or false, got ${describe(value)}`);
  return value;
}

function optionalInt(value: unknown, label: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Invalid("invalid-field", `${label} must be a number, got ${describe(value)}`);
  }
  return Math.round(value);
}

function optionalObject(value: unknown, label: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new Invalid("invalid-field", `${label} must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Unix seconds, as a number or (Pushshift) a numeric string, to epoch milliseconds. */
function requiredTime(data: Record<string, unknown>, field: string): number {
  const ms = unixMs(data[field]);
  if (ms === null) {
    throw new Invalid(
      "invalid-field",
      `${field} must be a Unix time in seconds, got ${describe(data[field])}`,
    );
  }
  return ms;
}

function unixMs(value: unknown): number | null {
  const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0 || seconds > 4e9) return null;
  return Math.round(seconds * 1000);
}

/** `edited` is false, or the edit time in seconds (old records: true, with no time — kept absent). */
function editedTime(value: unknown): number | null {
  if (value === false || value === true || value === null || value === undefined) return null;
  const ms = unixMs(value);
  if (ms === null)
    throw new Invalid("invalid-field", `edited must be false or a Unix time, got ${describe(value)}`);
  return ms;
}

/** The latest time an archive says it fetched the record (Pushshift retrieved_on/_utc, Arctic Shift _meta). */
function lastSeen(data: Record<string, unknown>, meta: Record<string, unknown> | undefined): number | null {
  return later(later(unixMs(data.retrieved_on), unixMs(data.retrieved_utc)), unixMs(meta?.retrieved_2nd_on));
}

function later(a: number | null, b: number | null): number | null {
  return a === null || (b !== null && b > a) ? b : a;
}

function cleanText(text: string, field: string): string {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new Invalid(
      "text-too-long",
      `${field} has ${text.length.toLocaleString("en")} characters; Reddit allows at most 40,000`,
    );
  }
  // An escaped \u0000 is legal JSON but no text; it breaks exports and full-text tools downstream.
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  // What is left comes from JSON.parse: a number or a boolean.
  return `${typeof value} ${JSON.stringify(value)}`;
}
