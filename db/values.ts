import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isNode,
  isRelationship,
  isPath,
  isPoint,
} from "neo4j-driver";

/**
 * Converts what the driver returns into plain JSON-friendly values, right at the boundary:
 * Integers become numbers (or strings past 2^53, which no count here reaches), temporals ISO strings,
 * nodes and relationships their properties. Nothing past the gateway sees a driver type.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values (a page of posts, a 2,000-model family tree) and are already
  // native; the driver-type checks below cost a property lookup each, which showed in profiles of both.
  if (typeof value === "bigint") return Number(value);
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDateTime(value) || isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value)) {
    return value.toString(); // ISO 8601; datetimes stored from UTC epochs end in "Z"
  }
  if (isDuration(value) || isPoint(value)) return value.toString();
  if (isNode(value)) return { labels: value.labels, ...toNativeRecord(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...toNativeRecord(value.properties) };
  if (isPath(value)) return value.segments.map((s) => toNative(s.relationship));
  return toNativeRecord(value as Record<string, unknown>);
}

export function toNativeRecord(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) out[key] = toNative(v);
  return out;
}
