import { RELATIONS, type Relation } from "../graph/relations.ts";

/**
 * Every view of the explorer as a value: the URL is its only state, so any view can be shared and the back button
 * restores it. Paths carry no ids (Hugging Face ids contain dots and slashes); ids travel in search parameters.
 */
export type Route =
  | { readonly view: "home" }
  | { readonly view: "search"; readonly q: string }
  | TreeRoute
  | HelpRoute
  | { readonly view: "thread"; readonly id: string; readonly comment?: string }
  | { readonly view: "user"; readonly name: string }
  | { readonly view: "research"; readonly model?: string }
  | { readonly view: "not-found"; readonly path: string };

/** A model family tree with its filters, the selected node and the nodes expanded beyond the first load. */
export interface TreeRoute {
  readonly view: "tree";
  readonly model: string;
  readonly up: number;
  readonly down: number;
  readonly relations: readonly Relation[];
  readonly minDownloads: number;
  /** ISO dates (YYYY-MM-DD), inclusive, on the model's createdAt. */
  readonly from?: string;
  readonly to?: string;
  readonly selected?: string;
  readonly expand: readonly string[];
}

/** The help network over a time window, with the edge whose evidence is open ("source>target"). */
export interface HelpRoute {
  readonly view: "help";
  readonly since?: string;
  readonly until?: string;
  readonly minWeight: number;
  readonly limit: number;
  readonly edge?: string;
}

export const TREE_DEFAULTS = { up: 2, down: 2, minDownloads: 0 } as const;
export const HELP_DEFAULTS = { minWeight: 1, limit: 500 } as const;

/** Reads a route from a URL's path and search parameters; unknown paths become "not-found", bad numbers defaults. */
export function parseRoute(url: URL): Route {
  const p = url.searchParams;
  const path = url.pathname.replace(/\/+$/, "") || "/";
  switch (path) {
    case "/":
      return { view: "home" };
    case "/search":
      return { view: "search", q: p.get("q") ?? "" };
    case "/tree": {
      const model = p.get("model");
      if (!model) return { view: "not-found", path: url.pathname + url.search };
      return {
        view: "tree",
        model,
        up: int(p.get("up"), TREE_DEFAULTS.up, 0, 10),
        down: int(p.get("down"), TREE_DEFAULTS.down, 0, 10),
        relations: relationsParam(p.get("rel")),
        minDownloads: int(p.get("minDownloads"), TREE_DEFAULTS.minDownloads, 0, Number.MAX_SAFE_INTEGER),
        ...optional("from", isoDate(p.get("from"))),
        ...optional("to", isoDate(p.get("to"))),
        ...optional("selected", p.get("selected") || undefined),
        expand: list(p.get("expand")),
      };
    }
    case "/help":
      return {
        view: "help",
        ...optional("since", isoDate(p.get("since"))),
        ...optional("until", isoDate(p.get("until"))),
        minWeight: int(p.get("minWeight"), HELP_DEFAULTS.minWeight, 1, 1_000_000),
        limit: int(p.get("limit"), HELP_DEFAULTS.limit, 1, 100_000),
        ...optional("edge", p.get("edge") || undefined),
      };
    case "/thread": {
      const id = p.get("id");
      if (!id) return { view: "not-found", path: url.pathname + url.search };
      return { view: "thread", id, ...optional("comment", p.get("comment") || undefined) };
    }
    case "/user": {
      const name = p.get("name");
      if (!name) return { view: "not-found", path: url.pathname + url.search };
      return { view: "user", name };
    }
    case "/research":
      return { view: "research", ...optional("model", p.get("model") || undefined) };
    default:
      return { view: "not-found", path: url.pathname + url.search };
  }
}

/** The path and query string of a route; defaults are left out so URLs stay short. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case "home":
      return "/";
    case "search":
      return withQuery("/search", { q: route.q });
    case "tree":
      return withQuery("/tree", {
        model: route.model,
        up: route.up === TREE_DEFAULTS.up ? undefined : String(route.up),
        down: route.down === TREE_DEFAULTS.down ? undefined : String(route.down),
        rel: route.relations.length === RELATIONS.length ? undefined : route.relations.join(",") || "none",
        minDownloads: route.minDownloads === 0 ? undefined : String(route.minDownloads),
        from: route.from,
        to: route.to,
        expand: route.expand.length > 0 ? route.expand.join(",") : undefined,
        selected: route.selected,
      });
    case "help":
      return withQuery("/help", {
        since: route.since,
        until: route.until,
        minWeight: route.minWeight === HELP_DEFAULTS.minWeight ? undefined : String(route.minWeight),
        limit: route.limit === HELP_DEFAULTS.limit ? undefined : String(route.limit),
        edge: route.edge,
      });
    case "thread":
      return withQuery("/thread", { id: route.id, comment: route.comment });
    case "user":
      return withQuery("/user", { name: route.name });
    case "research":
      return withQuery("/research", { model: route.model });
    case "not-found":
      return route.path;
  }
}

/** A tree route for a model with every default filter. */
export function treeRoute(model: string, selected?: string): TreeRoute {
  return {
    view: "tree",
    model,
    up: TREE_DEFAULTS.up,
    down: TREE_DEFAULTS.down,
    relations: RELATIONS,
    minDownloads: 0,
    expand: [],
    ...optional("selected", selected),
  };
}

/** The edge parameter of the help route: "source>target" (Reddit names never contain ">"). */
export function helpEdgeKey(source: string, target: string): string {
  return `${source}>${target}`;
}

export function parseHelpEdgeKey(key: string): { source: string; target: string } | undefined {
  const at = key.indexOf(">");
  if (at <= 0 || at === key.length - 1) return undefined;
  return { source: key.slice(0, at), target: key.slice(at + 1) };
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function int(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(max, Math.max(min, Number(text)));
}

function isoDate(text: string | null): string | undefined {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
    ? text
    : undefined;
}

function list(text: string | null): string[] {
  return text ? text.split(",").filter((item) => item.length > 0) : [];
}

function relationsParam(text: string | null): Relation[] {
  if (text === null) return [...RELATIONS];
  if (text === "none") return [];
  const wanted = new Set(list(text));
  return RELATIONS.filter((relation) => wanted.has(relation));
}

/** `{ key: value }` when value is defined, `{}` otherwise (exactOptionalPropertyTypes forbids `key: undefined`). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
