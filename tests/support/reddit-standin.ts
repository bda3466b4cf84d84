import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for Reddit's OAuth API and the Arctic Shift API on 127.0.0.1, speaking their protocols with
 * responses derived from the real samples (samples/PROVENANCE.md) at start-up:
 * - POST /api/v1/access_token: app-only OAuth (Basic client id/secret, grant_type=client_credentials);
 * - GET /comments/1lwnj5x: the real thread response with replies folded into `more` objects the way Reddit folds
 *   them — every top-level comment after the fourth under one top-level `more`, and all but the first reply of
 *   the first comment with two or more replies under a nested `more` (children: every id in the folded subtrees);
 * - GET /api/morechildren: the requested comments of the real, unfolded thread, flat, in tree order;
 * - GET /r/LocalLLaMA/new: the real /new listing of 100 posts in pages of at most 25, following `after`;
 *   the first request for the second page gets a 429 with Retry-After: 1;
 * - GET /api/posts/search and /api/comments/tree (Arctic Shift): the bulk sample's submissions of r/LocalLLaMA,
 *   oldest first, at most 30 a page, and each thread's comments rebuilt into a nested tree.
 * Every response carries X-Ratelimit-* headers. Every request is recorded (method, path, auth, user agent).
 */
export interface RedditStandIn {
  readonly url: string;
  readonly requests: { method: string; path: string; status: number; userAgent: string }[];
  /** The comments of the folded thread as the real file has them: id → parent id (no prefix). */
  readonly threadParents: Map<string, string>;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

type Thing = { kind: string; data: Record<string, unknown> };
type Listing = {
  kind: "Listing";
  data: { children: Thing[]; after?: string | null; [key: string]: unknown };
};

const TOKEN = "standin-token";
export const STANDIN_THREAD = "1lwnj5x";

export async function startRedditStandIn(): Promise<RedditStandIn> {
  const clientId = "standin-client";
  const clientSecret = "standin-secret";
  const thread = JSON.parse(readFileSync(`samples/reddit/comments_${STANDIN_THREAD}.json`, "utf8")) as [
    Listing,
    Listing,
  ];
  const flat = new Map<string, Record<string, unknown>>();
  const order: string[] = [];
  const threadParents = new Map<string, string>();
  const flatten = (listing: Listing): void => {
    for (const child of listing.data.children) {
      if (child.kind !== "t1") continue;
      const id = child.data.id as string;
      flat.set(id, { ...child.data, replies: "" });
      order.push(id);
      threadParents.set(id, (child.data.parent_id as string).slice(3));
      if (typeof child.data.replies === "object" && child.data.replies !== null)
        flatten(child.data.replies as Listing);
    }
  };
  flatten(thread[1]);
  const folded = foldThread(thread);
  const listing = JSON.parse(readFileSync("samples/reddit/listing_new.json", "utf8")) as Listing;
  const arctic = loadArcticShift();

  const requests: RedditStandIn["requests"] = [];
  let listingPage2Seen = false;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://standin");
    const record = (status: number): void => {
      requests.push({
        method: req.method ?? "",
        path: url.pathname + url.search,
        status,
        userAgent: req.headers["user-agent"] ?? "",
      });
    };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record(status);
      send(res, status, body, headers);
    };
    if (req.method === "POST" && url.pathname === "/api/v1/access_token") {
      const body = await readBody(req);
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
      if (req.headers.authorization !== expected || !body.includes("grant_type=client_credentials")) {
        return reply(401, { message: "Unauthorized", error: 401 });
      }
      return reply(200, { access_token: TOKEN, token_type: "bearer", expires_in: 86400, scope: "*" });
    }
    if (url.pathname.startsWith("/api/posts/search")) {
      const after = Number(url.searchParams.get("after"));
      const before = Number(url.searchParams.get("before"));
      const limit = Math.min(30, Number(url.searchParams.get("limit") ?? 25));
      const posts = arctic.posts
        .filter((p) => p.subreddit === url.searchParams.get("subreddit"))
        .filter((p) => (p.created_utc as number) > after && (p.created_utc as number) < before)
        .slice(0, limit);
      return reply(200, { data: posts });
    }
    if (url.pathname.startsWith("/api/comments/tree")) {
      const threadId = (url.searchParams.get("link_id") ?? "").replace(/^t3_/, "");
      return reply(200, { data: arctic.tree(threadId) });
    }
    // Reddit OAuth endpoints from here on.
    if (req.headers.authorization !== `bearer ${TOKEN}`)
      return reply(401, { message: "Unauthorized", error: 401 });
    if (url.pathname === `/comments/${STANDIN_THREAD}`) return reply(200, folded);
    if (url.pathname === "/api/morechildren") {
      const wanted = new Set((url.searchParams.get("children") ?? "").split(",").filter(Boolean));
      if (wanted.size > 100) return reply(400, { json: { errors: [["TOO_MANY", "at most 100 children"]] } });
      const things = order.filter((id) => wanted.has(id)).map((id) => ({ kind: "t1", data: flat.get(id)! }));
      return reply(200, { json: { errors: [], data: { things } } });
    }
    if (url.pathname === "/r/LocalLLaMA/new") {
      const after = url.searchParams.get("after");
      const limit = Math.min(25, Number(url.searchParams.get("limit") ?? 25));
      const start = after === null ? 0 : listing.data.children.findIndex((c) => c.data.name === after) + 1;
      if (start > 0 && !listingPage2Seen) {
        listingPage2Seen = true;
        return reply(429, { message: "Too Many Requests", error: 429 }, { "Retry-After": "1" });
      }
      const children = listing.data.children.slice(start, start + limit);
      const last = children.at(-1);
      const next = start + limit < listing.data.children.length && last ? (last.data.name as string) : null;
      return reply(200, {
        kind: "Listing",
        data: { ...listing.data, children, after: next, dist: children.length },
      });
    }
    return reply(404, { message: "Not Found", error: 404 });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    threadParents,
    clientId,
    clientSecret,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=UTF-8",
    "X-Ratelimit-Used": "1",
    "X-Ratelimit-Remaining": "99.0",
    "X-Ratelimit-Reset": "60",
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** The thread response with replies folded into `more` objects (see startRedditStandIn). */
function foldThread(thread: [Listing, Listing]): [Listing, Listing] {
  const copy = JSON.parse(JSON.stringify(thread)) as [Listing, Listing];
  const idsIn = (things: Thing[]): string[] =>
    things.flatMap((t) =>
      t.kind === "t1"
        ? [
            t.data.id as string,
            ...(typeof t.data.replies === "object" && t.data.replies
              ? idsIn((t.data.replies as Listing).data.children)
              : []),
          ]
        : [],
    );
  const more = (parentName: string, depth: number, hidden: Thing[]): Thing => {
    const children = idsIn(hidden);
    return {
      kind: "more",
      data: {
        count: children.length,
        name: `t1_${children[0]}`,
        id: children[0],
        parent_id: parentName,
        depth,
        children,
      },
    };
  };
  const top = copy[1].data.children.filter((c) => c.kind === "t1");
  const replyCount = (c: Thing): number =>
    typeof c.data.replies === "object" && c.data.replies !== null
      ? (c.data.replies as Listing).data.children.length
      : 0;
  const nestedParent = top.slice(0, 4).find((c) => replyCount(c) >= 2);
  if (nestedParent) {
    const replies = (nestedParent.data.replies as Listing).data.children;
    replies.splice(1, replies.length - 1, more(nestedParent.data.name as string, 1, replies.slice(1)));
  }
  copy[1].data.children = [...top.slice(0, 4), more(`t3_${STANDIN_THREAD}`, 0, top.slice(4))];
  return copy;
}

/** Arctic Shift's view of the bulk sample: posts oldest first, and comment trees built from parent_id. */
function loadArcticShift(): { posts: Record<string, unknown>[]; tree: (threadId: string) => Thing[] } {
  const read = (file: string): Record<string, unknown>[] =>
    execFileSync("zstd", ["-d", "--long=31", "-c", file], { maxBuffer: 1 << 30 })
      .toString("utf8")
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const posts = read("samples/reddit-bulk/localllama_submissions.ndjson.zst").sort(
    (a, b) => (a.created_utc as number) - (b.created_utc as number),
  );
  const byParent = new Map<string, Record<string, unknown>[]>();
  for (const comment of read("samples/reddit-bulk/localllama_comments.ndjson.zst")) {
    const parent = comment.parent_id as string;
    byParent.set(parent, [...(byParent.get(parent) ?? []), comment]);
  }
  const tree = (parentName: string): Thing[] =>
    (byParent.get(parentName) ?? []).map((c) => {
      const replies = tree(`t1_${c.id as string}`);
      return {
        kind: "t1",
        data: { ...c, replies: replies.length > 0 ? { kind: "Listing", data: { children: replies } } : "" },
      };
    });
  return { posts, tree: (threadId) => tree(`t3_${threadId}`) };
}
