/** A reddit.com URL for a permalink, which the API gives as a path (`/r/LocalLLaMA/comments/…`). */
export function redditUrl(permalink: string | null | undefined): string | undefined {
  if (!permalink) return undefined;
  return permalink.startsWith("http") ? permalink : `https://www.reddit.com${permalink}`;
}

/** The date part of an ISO timestamp, or a dash. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : "—";
}
