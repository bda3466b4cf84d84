import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { DbError } from "./errors.ts";

/** cypher/ at the repository root: every statement the code runs is a named, reviewed file there. */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "cypher");

const cache = new Map<string, string>();

/**
 * The text of cypher/NAME.cypher (NAME may have a folder, e.g. "reddit/upsert-comments").
 * Read once and cached: the files ship with the code and do not change while it runs.
 */
export function loadQuery(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[a-z0-9][a-z0-9/-]*$/.test(name) || name.includes("..")) {
    throw new DbError("QUERY_NOT_FOUND", `not a query name: ${JSON.stringify(name)}`);
  }
  let text: string;
  try {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
  } catch {
    throw new DbError("QUERY_NOT_FOUND", `no file cypher/${name}.cypher`);
  }
  cache.set(name, text);
  return text;
}

/** The statements of a file that holds several (schema.cypher): split on a `;` that ends a line. */
export function loadStatements(name: string): string[] {
  return stripComments(loadQuery(name))
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Every query name under cypher/, for the test that EXPLAINs them all. */
export function listQueryNames(dir = CYPHER_DIR, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return listQueryNames(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      return entry.name.endsWith(".cypher") ? [`${prefix}${entry.name.slice(0, -".cypher".length)}`] : [];
    })
    .sort();
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}
