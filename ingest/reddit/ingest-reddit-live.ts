import type { Gateway } from "../../db/gateway.ts";
import { HttpError } from "../common/http-client.ts";
import { IngestReport } from "../common/ingest-report.ts";
import { Progress } from "../common/progress.ts";
import type { ArcticShiftClient } from "./arctic-shift-client.ts";
import { awaitPostSearch } from "./await-post-search.ts";
import { attachMoreChildren, collectApiThings, type FoldedReplies } from "./collect-api-things.ts";
import { RecordSaver } from "./record-saver.ts";
import { RedditBatch } from "./reddit-batch.ts";
import type { RedditApiClient } from "./reddit-api-client.ts";
import { walkApiResponse } from "./walk-api-response.ts";
import { writeRedditBatch } from "./write-reddit-batch.ts";

/** Options shared by the live sources. */
export interface RedditLiveOptions {
  /** Also write every fetched record to this NDJSON file (replayable with `ingest reddit FILE`). */
  readonly save?: string;
  readonly report?: IngestReport;
  /** Show progress (records, and waits for rate limits) on stderr. */
  readonly progress?: Progress;
  readonly log?: (line: string) => void;
}

/** /api/morechildren takes at most 100 ids per call. */
const MORE_CHILDREN_PER_CALL = 100;

/** A thread id from `1lmggiz`, `t3_1lmggiz` or a reddit.com URL. */
export function threadIdFrom(idOrUrl: string): string {
  const fromUrl = /\/comments\/([0-9a-z]+)/i.exec(idOrUrl)?.[1];
  const id = (fromUrl ?? idOrUrl).replace(/^t3_/, "").toLowerCase();
  if (!/^[0-9a-z]{1,16}$/.test(id)) throw new Error(`not a Reddit thread id or URL: ${idOrUrl}`);
  return id;
}

/**
 * `--api --thread ID_OR_URL`: fetches the thread, expands every `more` object through /api/morechildren (100 ids
 * a call) until nothing is folded, and writes the whole tree in one transaction. Ids that could not be
 * expanded (an HTTP error) stay in moreChildren for a later run.
 */
export async function ingestRedditApiThread(
  gateway: Gateway,
  client: RedditApiClient,
  idOrUrl: string,
  options: RedditLiveOptions = {},
): Promise<IngestReport> {
  const report = options.report ?? new IngestReport();
  const saver = options.save !== undefined ? new RecordSaver(options.save) : undefined;
  try {
    const id = threadIdFrom(idOrUrl);
    const batch = new RedditBatch();
    const { url, json } = await client.thread(id);
    const pending = collectApiThings(walkApiResponse(json, "thread"), batch, report, url, undefined, (d) =>
      saver?.save(d),
    );
    const unexpanded: FoldedReplies[] = [];
    while (pending.length > 0) {
      const entry = pending.shift()!;
      for (let i = 0; i < entry.children.length; i += MORE_CHILDREN_PER_CALL) {
        const ids = entry.children.slice(i, i + MORE_CHILDREN_PER_CALL);
        try {
          const more = await client.moreChildren(id, ids);
          const things = walkApiResponse(more.json, "things");
          pending.push(
            ...collectApiThings(things, batch, report, more.url, undefined, (d) => saver?.save(d)),
          );
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          report.skip({ kind: "http-error", source: error.url, where: entry.where, reason: error.message });
          unexpanded.push({ ...entry, children: ids });
        }
      }
      options.progress?.tick(0);
    }
    attachMoreChildren(batch, unexpanded, report, url);
    addCounts(report, await writeRedditBatch(gateway, batch));
    options.progress?.tick(batch.size);
    options.log?.(`thread ${id}: ${batch.size} records, ${client.requests} requests`);
  } finally {
    await saver?.close();
  }
  await awaitPostSearch(gateway);
  return report;
}

/**
 * `--api --listing new|top --limit N`: pages through a subreddit's listing (100 a page, following `after`) and
 * writes the posts of each page as one batch. Listings hold posts only.
 */
export async function ingestRedditApiListing(
  gateway: Gateway,
  client: RedditApiClient,
  listing: { subreddit: string; sort: "new" | "top"; limit: number },
  options: RedditLiveOptions = {},
): Promise<IngestReport> {
  const report = options.report ?? new IngestReport();
  const saver = options.save !== undefined ? new RecordSaver(options.save) : undefined;
  try {
    let after: string | undefined;
    let fetched = 0;
    while (fetched < listing.limit) {
      const page = await client.listing(
        listing.subreddit,
        listing.sort,
        Math.min(100, listing.limit - fetched),
        after,
      );
      const batch = new RedditBatch();
      const things = [...walkApiResponse(page.json, "listing")].slice(0, listing.limit - fetched);
      collectApiThings(things, batch, report, page.url, undefined, (d) => saver?.save(d));
      fetched += things.length;
      addCounts(report, await writeRedditBatch(gateway, batch));
      options.progress?.tick(batch.size);
      after = (page.json as { data?: { after?: unknown } } | null)?.data?.after as string | undefined;
      if (typeof after !== "string" || after === "" || things.length === 0) break;
    }
    options.log?.(`r/${listing.subreddit}/${listing.sort}: ${fetched} posts, ${client.requests} requests`);
  } finally {
    await saver?.close();
  }
  await awaitPostSearch(gateway);
  return report;
}

/**
 * `--arctic-shift --subreddit S --after DATE --before DATE`: pages through the posts search (oldest first, the
 * next page starting at the last post's time; ids already seen are not counted twice) and fetches each
 * thread's comment tree; each thread is written with its comments in one transaction.
 */
export async function ingestArcticShift(
  gateway: Gateway,
  client: ArcticShiftClient,
  query: { subreddit: string; after: number; before: number },
  options: RedditLiveOptions = {},
): Promise<IngestReport> {
  const report = options.report ?? new IngestReport();
  const saver = options.save !== undefined ? new RecordSaver(options.save) : undefined;
  // A replayed save file must still say arctic-shift: the source is recognized by `_meta`.
  const save = (data: unknown): void =>
    saver?.save(data, { _meta: (data as { _meta?: unknown })._meta ?? {} });
  try {
    let after = query.after;
    const seen = new Set<string>();
    for (;;) {
      const page = await client.searchPosts(query.subreddit, after, query.before);
      const fresh = page.data.filter((post) => {
        const id = (post as { id?: unknown } | null)?.id;
        return typeof id !== "string" || !seen.has(id);
      });
      if (fresh.length === 0) break;
      for (let i = 0; i < fresh.length; i += 1) {
        const post = fresh[i] as { id?: unknown; created_utc?: unknown } | null;
        const batch = new RedditBatch();
        const where = `$.data[${page.data.indexOf(post)}]`;
        collectApiThings(
          [{ type: "thing", hint: "t3", data: post, where }],
          batch,
          report,
          page.url,
          "arctic-shift",
          save,
        );
        if (typeof post?.id === "string") {
          seen.add(post.id);
          try {
            const tree = await client.commentTree(post.id);
            const listing = { kind: "Listing", data: { children: tree.data } };
            const more = collectApiThings(
              walkApiResponse(listing, "listing"),
              batch,
              report,
              tree.url,
              "arctic-shift",
              save,
            );
            attachMoreChildren(batch, more, report, tree.url);
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            report.skip({
              kind: "http-error",
              source: error.url,
              where: `comments of ${post.id}`,
              reason: error.message,
            });
          }
        }
        addCounts(report, await writeRedditBatch(gateway, batch));
        options.progress?.tick(batch.size);
        if (typeof post?.created_utc === "number") after = Math.max(after, Math.floor(post.created_utc));
      }
    }
    options.log?.(`arctic shift r/${query.subreddit}: ${seen.size} threads, ${client.requests} requests`);
  } finally {
    await saver?.close();
  }
  await awaitPostSearch(gateway);
  return report;
}

function addCounts(
  report: IngestReport,
  counts: { created: number; updated: number; unchanged: number },
): void {
  report.created += counts.created;
  report.updated += counts.updated;
  report.unchanged += counts.unchanged;
}
