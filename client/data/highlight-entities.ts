/** Something named in a post: a model, a piece of hardware, an inference engine or format. */
export interface EntityMention {
  readonly kind: "model" | "hardware" | "engine" | "dataset";
  /** The graph's name for it (a model id, "RTX 3090", "llama.cpp"). */
  readonly name: string;
  /** The text as written in the post. */
  readonly surface: string;
}

/** A run of post text, marked when it names an entity. */
export interface TextSegment {
  readonly text: string;
  readonly entity?: EntityMention;
}

/**
 * Splits text into plain runs and runs that name one of the entities (case-insensitive, whole words, the longest
 * surface first when two overlap), so the view can highlight and link them without parsing HTML.
 */
export function highlightEntities(text: string, entities: readonly EntityMention[]): TextSegment[] {
  const bySurface = new Map<string, EntityMention>();
  for (const entity of entities)
    if (entity.surface.trim()) bySurface.set(entity.surface.toLowerCase(), entity);
  if (bySurface.size === 0) return text ? [{ text }] : [];
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole words, but "3090/3090" names two GPUs: a slash is a boundary except inside a URL (scheme or domain/).
  const pattern = new RegExp(
    `(?<![\\w.-])(?<!\\S*(?::\\/\\/|\\.[a-z]{2,}\\/)\\S*)(?:${surfaces.join("|")})(?![\\w-])`,
    "gi",
  );
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) segments.push({ text: text.slice(last, at) });
    const entity = bySurface.get(match[0].toLowerCase());
    segments.push(entity ? { text: match[0], entity } : { text: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/**
 * Models a post links to on the Hub (huggingface.co/ORG/NAME, with or without scheme): the one kind of mention the
 * client can read without the analysis, used until the API sends each post's mentions.
 */
export function hubLinksIn(text: string): EntityMention[] {
  const found = new Map<string, EntityMention>();
  for (const match of text.matchAll(/(?:https?:\/\/)?(?:www\.)?huggingface\.co\/([\w.-]+\/[\w.-]+)/gi)) {
    const id = (match[1] ?? "").replace(/\.+$/, "");
    if (/^(datasets|spaces|docs|blog|papers|collections|models)\//i.test(id)) continue;
    found.set(match[0].toLowerCase(), { kind: "model", name: id, surface: match[0].replace(/\.+$/, "") });
  }
  return [...found.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
