/** What could be read from a JSON document that holds one big array of records. */
export interface SalvagedArray {
  /** The records that parsed, with their index in the array. */
  readonly items: { readonly index: number; readonly value: unknown }[];
  /** Set when the document is broken: where (array index, character offset) and why. */
  readonly error?: { readonly where: string; readonly reason: string };
}

/**
 * Reads the records of the array under `key` ({"models": [...]}) one by one, so a truncated or damaged file
 * still yields every record before the damage. A whole document is parsed with JSON.parse first; only a
 * broken one is scanned object by object (strings and escapes respected).
 */
export function salvageJsonArray(text: string, key: string): SalvagedArray {
  try {
    const whole = JSON.parse(text) as unknown;
    const array = (whole as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(array)) {
      return { items: [], error: { where: `$.${key}`, reason: `the document has no "${key}" array` } };
    }
    return { items: (array as unknown[]).map((value, index) => ({ index, value })) };
  } catch (error) {
    return scan(text, key, error instanceof Error ? error.message : String(error));
  }
}

function scan(text: string, key: string, parseError: string): SalvagedArray {
  const items: { index: number; value: unknown }[] = [];
  const open = new RegExp(`"${key}"\\s*:\\s*\\[`).exec(text);
  if (open === null)
    return {
      items,
      error: { where: "character 0", reason: `invalid JSON and no "${key}" array found: ${parseError}` },
    };
  let position = open.index + open[0].length;
  let index = 0;
  for (;;) {
    while (position < text.length && /[\s,]/.test(text[position] ?? "")) position += 1;
    if (position >= text.length) break;
    if (text[position] === "]")
      return {
        items,
        error: {
          where: `after $.${key}[${index - 1}]`,
          reason: `invalid JSON after the array: ${parseError}`,
        },
      };
    const end = objectEnd(text, position);
    const where = `$.${key}[${index}] (character ${position})`;
    if (end < 0)
      return { items, error: { where, reason: `the file is truncated inside this record (${parseError})` } };
    try {
      items.push({ index, value: JSON.parse(text.slice(position, end)) as unknown });
    } catch (error) {
      return {
        items,
        error: { where, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
    position = end;
    index += 1;
  }
  return {
    items,
    error: {
      where: `after $.${key}[${index - 1}]`,
      reason: `the file is truncated: the array is never closed (${parseError})`,
    },
  };
}

/** Offset just past the object or value starting at `start`, or -1 when the text ends first. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth += 1;
    else if (c === "}" || c === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
