import { parseDocument } from "yaml";

/** A model card split into its YAML front matter and its markdown body. */
export type ParsedCard =
  | { readonly ok: true; readonly data: unknown; readonly body: string }
  /** The body is still usable (for the description) when only the metadata is broken. */
  | {
      readonly ok: false;
      readonly kind: "no-front-matter" | "invalid-yaml";
      readonly where: string;
      readonly reason: string;
      readonly body: string;
    };

/**
 * Splits a README.md into front matter and body. Real cards have CRLF line ends, a BOM, or no front matter at
 * all; invalid YAML is reported with its line (counted in the file), never guessed at.
 */
export function parseCard(text: string): ParsedCard {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = normalized.split("\n");
  if (lines[0]?.trim() !== "---") {
    return {
      ok: false,
      kind: "no-front-matter",
      where: "line 1",
      reason: "the card does not start with a --- YAML front matter block, so it has no metadata",
      body: normalized,
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) {
    return {
      ok: false,
      kind: "invalid-yaml",
      where: "front matter",
      reason: "the front matter opened on line 1 is never closed with ---",
      body: "",
    };
  }
  const yamlText = lines.slice(1, end).join("\n");
  const body = lines.slice(end + 1).join("\n");
  const document = parseDocument(yamlText, { uniqueKeys: false });
  const error = document.errors[0];
  if (error !== undefined) {
    // +1 for the opening ---, so the line is the file's.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    return {
      ok: false,
      kind: "invalid-yaml",
      where: `front matter line ${line}`,
      reason: `invalid YAML: ${error.message.split("\n")[0] ?? error.code}`,
      body,
    };
  }
  return { ok: true, data: document.toJS({ maxAliasCount: 100 }) as unknown, body };
}

/**
 * The card's first prose, for Model.description and full-text search: headings, tables, code, HTML, images
 * and badges are dropped, links keep their text; paragraphs are taken until about `max` characters.
 */
export function cardDescription(body: string, max = 500): string | undefined {
  const withoutBlocks = body
    .replace(/\r\n?/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, "");
  const paragraphs: string[] = [];
  let length = 0;
  for (const block of withoutBlocks.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (trimmed === "" || /^(#|\||>|<|!\[|\[!\[|---|\*\*\*|={3,})/.test(trimmed)) continue;
    const text = trimmed
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/[*_`]{1,3}/g, "")
      .replace(/\s+/g, " ")
      .trim();
    // A paragraph of prose has words; skip leftovers such as lone URLs or separators.
    if (text.length < 20 || !/[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/.test(text)) continue;
    paragraphs.push(text);
    length += text.length;
    if (length >= max * 0.6) break;
  }
  if (paragraphs.length === 0) return undefined;
  const joined = paragraphs.join("\n\n");
  return joined.length <= max ? joined : `${joined.slice(0, max - 1).trimEnd()}…`;
}
