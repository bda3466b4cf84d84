/**
 * The API's shared graph shape (server/schema: `Graph { nodes { id kind label data } edges { source target type
 * data } truncated }`). `data` is a JSON scalar holding the node's or edge's properties as docs/graph-model.md
 * names them.
 */
export interface ApiGraph {
  readonly nodes: readonly ApiNode[];
  readonly edges: readonly ApiEdge[];
  /** True when a server-side limit cut the answer. */
  readonly truncated: boolean;
}

export interface ApiNode {
  readonly id: string;
  /** The node's label in the graph: Model, HFAccount, RedditUser, Thread, Comment … */
  readonly kind: string;
  readonly label: string;
  readonly data?: unknown;
}

export interface ApiEdge {
  readonly source: string;
  readonly target: string;
  /** The relationship type: DERIVED_FROM, HELPED, … */
  readonly type: string;
  readonly data?: unknown;
}

/** Properties of a node or edge as a plain record, whether the server sent an object, a JSON string or nothing. */
export function propsOf(data: unknown): Readonly<Record<string, unknown>> {
  if (typeof data === "string") {
    try {
      const parsed: unknown = JSON.parse(data);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return isRecord(data) ? data : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finite number from a property (numbers, numeric strings), else undefined. */
export function numberProp(props: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const value = props[key];
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function stringProp(props: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = props[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function boolProp(props: Readonly<Record<string, unknown>>, key: string): boolean {
  return props[key] === true;
}

export function stringListProp(props: Readonly<Record<string, unknown>>, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
