import { HttpClient, HttpError } from "../common/http-client.ts";

/** How to reach Reddit's OAuth API. */
export interface RedditApiClientOptions {
  /** API root; default https://oauth.reddit.com. Tests point it at a stand-in on 127.0.0.1. */
  readonly baseUrl?: string;
  /** Token endpoint; default https://www.reddit.com/api/v1/access_token, or `${baseUrl}/api/v1/access_token`. */
  readonly tokenUrl?: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Reddit asks for a descriptive one: `<platform>:<app id>:<version> (by /u/<name>)`. */
  readonly userAgent: string;
  readonly onWait?: (ms: number, reason: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Reddit's API with an app-only OAuth token (client credentials), through the shared HttpClient: at most 100
 * requests a minute, X-Ratelimit-* headers read, 429/5xx retried after Retry-After or a back-off.
 */
export class RedditApiClient {
  readonly baseUrl: string;
  private readonly tokenUrl: string;
  private readonly http: HttpClient;
  private token: { value: string; expires: number } | undefined;

  constructor(private readonly options: RedditApiClientOptions) {
    this.baseUrl = (options.baseUrl ?? "https://oauth.reddit.com").replace(/\/+$/, "");
    this.tokenUrl =
      options.tokenUrl ??
      (options.baseUrl !== undefined
        ? `${this.baseUrl}/api/v1/access_token`
        : "https://www.reddit.com/api/v1/access_token");
    this.http = new HttpClient({
      userAgent: options.userAgent,
      maxRequests: 100,
      windowMs: 60_000,
      ...(options.onWait !== undefined ? { onWait: options.onWait } : {}),
      ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    });
  }

  /** Requests sent so far (token requests and retries included). */
  get requests(): number {
    return this.http.requests;
  }

  /** GET /comments/ID: the `[Listing(t3), Listing(t1 tree)]` response. */
  async thread(id: string): Promise<{ url: string; json: unknown }> {
    return this.getJson(`/comments/${id}?raw_json=1&limit=500`);
  }

  /** GET /api/morechildren for up to 100 folded ids of one thread: `{json: {data: {things}}}`. */
  async moreChildren(threadId: string, ids: readonly string[]): Promise<{ url: string; json: unknown }> {
    const children = encodeURIComponent(ids.join(","));
    return this.getJson(
      `/api/morechildren?api_type=json&raw_json=1&link_id=t3_${threadId}&children=${children}`,
    );
  }

  /** GET /r/SUB/new or /top (of all time): one page of a listing. */
  async listing(
    subreddit: string,
    sort: "new" | "top",
    limit: number,
    after?: string,
  ): Promise<{ url: string; json: unknown }> {
    const query = `limit=${limit}&raw_json=1${sort === "top" ? "&t=all" : ""}${after ? `&after=${after}` : ""}`;
    return this.getJson(`/r/${encodeURIComponent(subreddit)}/${sort}?${query}`);
  }

  private async getJson(pathAndQuery: string): Promise<{ url: string; json: unknown }> {
    const url = `${this.baseUrl}${pathAndQuery}`;
    const token = await this.accessToken();
    const response = await this.http.get(url, { headers: { Authorization: `bearer ${token}` } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(url, response.status, `HTTP ${response.status} from ${url}`);
    }
    return { url, json: await response.json() };
  }

  /** An app-only token (grant_type=client_credentials), renewed a minute before it expires. */
  private async accessToken(): Promise<string> {
    if (this.token !== undefined && this.token.expires > Date.now() + 60_000) return this.token.value;
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString("base64");
    const response = await this.http.send(this.tokenUrl, {
      method: "POST",
      headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (!response.ok || typeof body.access_token !== "string") {
      throw new HttpError(
        this.tokenUrl,
        response.status,
        `Reddit refused the app-only token (HTTP ${response.status}): check REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET`,
      );
    }
    const seconds = typeof body.expires_in === "number" ? body.expires_in : 3600;
    this.token = { value: body.access_token, expires: Date.now() + seconds * 1000 };
    return this.token.value;
  }
}
