/** One thing found in a Reddit API response, with its JSON path. */
export type ApiThing =
  | { readonly type: "thing"; readonly hint: "t1" | "t3"; readonly data: unknown; readonly where: string }
  | {
      readonly type: "more";
      /** Base36 id of the comment or thread whose replies were folded. */
      readonly parentId: string;
      readonly children: string[];
      readonly where: string;
    }
  | { readonly type: "problem"; readonly kind: string; readonly reason: string; readonly where: string };

/** The two response shapes this walker knows. */
export type ApiResponseShape = "thread" | "listing" | "things";

/**
 * Walks a Reddit API response without interpreting the records: a thread `[Listing(t3), Listing(t1 tree)]`
 * down its nested `replies`, a listing's `data.children`, or the `json.data.things` of /api/morechildren.
 * "more" objects keep their child ids (a live run expands them later); "continue this thread" stubs (id "_",
 * no children) carry nothing to keep. Anything else is a problem with its path.
 */
export function* walkApiResponse(json: unknown, shape: ApiResponseShape): Generator<ApiThing> {
  if (shape === "thread") {
    if (!Array.isArray(json) || json.length !== 2) {
      yield problem("invalid-shape", "$", "a thread response is a JSON array of two Listings");
      return;
    }
    yield* walkListing(json[0], "$[0]");
    yield* walkListing(json[1], "$[1]");
  } else if (shape === "listing") {
    yield* walkListing(json, "$");
  } else {
    const things = (json as { json?: { data?: { things?: unknown } } } | null)?.json?.data?.things;
    if (!Array.isArray(things)) {
      yield problem("invalid-shape", "$.json.data.things", "a morechildren response holds an array here");
      return;
    }
    for (let i = 0; i < things.length; i += 1) yield* walkThing(things[i], `$.json.data.things[${i}]`);
  }
}

/** Recognizes the shape of a parsed .json file, or undefined when it is no Reddit API response. */
export function apiResponseShape(json: unknown): ApiResponseShape | undefined {
  if (Array.isArray(json)) return json.length > 0 && isListing(json[0]) ? "thread" : undefined;
  if (isListing(json)) return "listing";
  if (typeof json === "object" && json !== null && "json" in json) return "things";
  return undefined;
}

function isListing(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "Listing";
}

function* walkListing(listing: unknown, where: string): Generator<ApiThing> {
  const children = isListing(listing)
    ? (listing as { data?: { children?: unknown } }).data?.children
    : undefined;
  if (!Array.isArray(children)) {
    yield problem("invalid-shape", where, "expected a Listing with data.children (an array)");
    return;
  }
  for (let i = 0; i < children.length; i += 1) yield* walkThing(children[i], `${where}.data.children[${i}]`);
}

function* walkThing(thing: unknown, where: string): Generator<ApiThing> {
  const kind = (thing as { kind?: unknown } | null)?.kind;
  const data = (thing as { data?: unknown } | null)?.data;
  if (typeof data !== "object" || data === null) {
    yield problem("invalid-shape", where, "expected a thing {kind, data} with an object as data");
    return;
  }
  if (kind === "t1" || kind === "t3") {
    yield { type: "thing", hint: kind, data, where: `${where}.data` };
    const replies = (data as { replies?: unknown }).replies;
    // "" means no replies; otherwise a Listing of the next level.
    if (kind === "t1" && replies !== undefined && replies !== "" && replies !== null) {
      yield* walkListing(replies, `${where}.data.replies`);
    }
    return;
  }
  if (kind === "more") {
    const more = data as { id?: unknown; parent_id?: unknown; children?: unknown };
    const children = Array.isArray(more.children) ? more.children.filter((c) => typeof c === "string") : [];
    if (more.id === "_" || children.length === 0) return; // "continue this thread": nothing folded to keep
    const parentId = typeof more.parent_id === "string" ? more.parent_id.replace(/^t[13]_/, "") : "";
    if (parentId === "") {
      yield problem("invalid-field", `${where}.data`, "a more object without parent_id");
      return;
    }
    yield { type: "more", parentId, children, where: `${where}.data` };
    return;
  }
  yield problem(
    "unknown-kind",
    where,
    `kind ${JSON.stringify(kind)} is not a comment (t1), post (t3) or more; not loaded`,
  );
}

function problem(kind: string, where: string, reason: string): ApiThing {
  return { type: "problem", kind, reason, where };
}
