/** One Hugging Face repository a text links to. */
export interface RepoLink {
  readonly kind: "model" | "dataset";
  /** `org/name` as written in the link (markdown escapes removed). */
  readonly id: string;
  /** Lowercased id: the Hub treats case variants as one repository. */
  readonly key: string;
  /** The link as it appears in the text. */
  readonly surface: string;
}

// First path segments that are Hub pages, not organisations: a link under them names no model.
const RESERVED = new Set([
  "api",
  "blog",
  "chat",
  "collections",
  "docs",
  "enterprise",
  "join",
  "learn",
  "login",
  "models",
  "new",
  "organizations",
  "papers",
  "posts",
  "pricing",
  "settings",
  "spaces",
  "support",
  "tasks",
  "courses",
  "changelog",
  "inference-endpoints",
  "welcome",
  "terms-of-service",
  "privacy",
]);

// Host at a boundary (so cdn-uploads.huggingface.co is not a link to a repository), then up to three path
// segments. Markdown escapes (`\_`) are allowed inside segments and removed afterwards. A segment stops at
// anything that is not a repository character: `/blob/`, `?query`, `#anchor`, `)`, `:Q4_K_M` (Ollama's tag).
const LINK =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/((?:[A-Za-z0-9_.-]|\\[_.-])+)(?:\/((?:[A-Za-z0-9_.-]|\\[_.-])+))?(?:\/((?:[A-Za-z0-9_.-]|\\[_.-])+))?/dgi;

/**
 * Every huggingface.co / hf.co repository link in a text, in order, once per repository (by key):
 * plain URLs, markdown links, /blob/ /tree/ /resolve/ paths, query strings, anchors, trailing punctuation,
 * case variants, `hf.co/ORG/NAME:TAG`. Links to /datasets/ORG/NAME are datasets; Spaces, blogs, docs,
 * collections and bare organisation pages are not repositories and are skipped.
 */
export function extractModelLinks(text: string): RepoLink[] {
  const found = new Map<string, RepoLink>();
  for (const match of text.matchAll(LINK)) {
    const [, first, second, third] = match;
    if (first === undefined) continue;
    // The surface runs to the end of the repository's own path (the organisation for a bare org link).
    const lastRepoGroup = first.toLowerCase() === "datasets" ? 3 : 2;
    const end = match.indices?.[lastRepoGroup]?.[1] ?? match.index + match[0].length;
    const surface = text.slice(match.index, end);
    const a = clean(first);
    let link: RepoLink | undefined;
    if (a.toLowerCase() === "datasets") {
      if (second !== undefined && third !== undefined)
        link = repo("dataset", clean(second), clean(third), surface);
    } else if (!RESERVED.has(a.toLowerCase()) && second !== undefined) {
      link = repo("model", a, clean(second), surface);
    }
    if (link !== undefined && !found.has(`${link.kind}:${link.key}`))
      found.set(`${link.kind}:${link.key}`, link);
  }
  return [...found.values()];
}

function repo(kind: RepoLink["kind"], org: string, name: string, surface: string): RepoLink | undefined {
  if (!isSegment(org) || !isSegment(name)) return undefined;
  const id = `${org}/${name}`;
  return { kind, id, key: id.toLowerCase(), surface: trimSurface(surface) };
}

/** Removes markdown escapes and the punctuation that ends a sentence rather than a name. */
function clean(segment: string): string {
  return segment.replace(/\\([_.-])/g, "$1").replace(/[.\-_]+$/, "");
}

/** Hub names start with a letter or digit and are at most 96 characters. */
function isSegment(segment: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/.test(segment) && !segment.includes("..");
}

function trimSurface(surface: string): string {
  return surface.replace(/[.,;:!?)\]]+$/, "");
}
