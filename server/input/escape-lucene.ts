/** Characters the Lucene classic query parser gives a meaning to (Neo4j full-text uses that parser). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Operators the parser recognises only in upper case; lower-cased they are plain words. */
const OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

/**
 * Turns what a user typed into a Lucene query that matches it as text: every special character escaped,
 * operators lower-cased, so `llama-3.1 (8b)` or `AND OR ~* "` can never be a syntax error.
 * Returns undefined when nothing searchable is left (Lucene rejects an empty query).
 */
export function escapeLucene(input: string): string | undefined {
  const text = input
    .replace(OPERATORS, (word) => word.toLowerCase())
    .replace(SPECIAL, (char) => `\\${char}`)
    .trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}
