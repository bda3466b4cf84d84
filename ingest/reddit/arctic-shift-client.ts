import { HttpClient, HttpError } from "../common/http-client.ts";

/** How to reach the Arctic Shift API. */
export interface ArcticShiftClientOptions {
  /** Default https://arctic-shift.photon-reddit.com; tests point it at a stand-in on 127.0.0.1. */
  readonly baseUrl?: string;
  readonly userAgent: string;
  /** Client-side limit; default 60 a minute. */
  readonly requestsPerMinute?: number;
  readonly onWait?: (ms: number, reason: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Arctic Shift's archive API (no auth): posts search by subreddit and time, and whole comment trees. It states
 * no rate limit but answers rapid bursts with errors, so this keeps to 60 requests a minute and backs off.
 */
export class ArcticShiftClient {
  readonly baseUrl: string;
  private readonly http: HttpClient;

  constructor(options: ArcticShiftClientOptions) {
    this.baseUrl = (options.baseUrl ?? "https://arctic-shift.photon-reddit.com").replace(/\/+$/, "");
    this.http = new HttpClient({
      userAgent: options.userAgent,
      maxRequests: options.requestsPerMinute ?? 60,
      windowMs: 60_000,
      ...(options.onWait !== undefined ? { onWait: options.onWait } : {}),
      ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    });
  }

  get requests(): number {
    return this.http.requests;
  }

  /** One page of posts of a subreddit created after `after` and before `before` (epoch seconds), oldest first. */
  async searchPosts(
    subreddit: string,
    after: number,
    before: number,
    limit = 100,
  ): Promise<{ url: string; data: unknown[] }> {
    const query = `subreddit=${encodeURIComponent(subreddit)}&after=${after}&before=${before}&limit=${limit}&sort=asc`;
    return this.getData(`/api/posts/search?${query}`);
  }

  /** The comment tree of one thread: Reddit-style t1 things with nested replies (and "more" objects). */
  async commentTree(threadId: string): Promise<{ url: string; data: unknown[] }> {
    return this.getData(`/api/comments/tree?link_id=t3_${threadId}&limit=25000`);
  }

  private async getData(pathAndQuery: string): Promise<{ url: string; data: unknown[] }> {
    const url = `${this.baseUrl}${pathAndQuery}`;
    const response = await this.http.get(url);
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(url, response.status, `HTTP ${response.status} from ${url}`);
    }
    const body = (await response.json()) as { data?: unknown; error?: unknown };
    if (!Array.isArray(body.data)) {
      throw new HttpError(
        url,
        response.status,
        `no data array in the answer of ${url}: ${JSON.stringify(body.error ?? null)}`,
      );
    }
    return { url, data: body.data };
  }
}
