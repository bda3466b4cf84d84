/** Reading loosely typed property values (Neo4j maps) into the API's scalars. */

/** A property as text: strings as they are, numbers and booleans printed, anything else as JSON; absent → null. */
export function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A list property (or a single value) as a list of strings; absent → []. */
export function textList(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.map(textOrNull).filter((item): item is string => item !== null);
}
