import type { Gateway } from "../../db/gateway.ts";

/**
 * Returns once the posts written so far can be found by full-text search. post_search is updated after each
 * commit rather than inside it (cypher/schema.cypher), so an ingest calls this before it reports done.
 */
export async function awaitPostSearch(gateway: Gateway): Promise<void> {
  await gateway.write("reddit/await-post-search");
}
