/**
 * Reddit's API escapes three characters in post text (`&gt;`, `&lt;`, `&amp;`); the text is shown as plain text,
 * never as HTML, so only these are turned back. `&amp;` last, so "&amp;gt;" stays "&gt;" as the author typed it.
 */
export function unescapeRedditText(text: string): string {
  return text.replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");
}
