/** A GET that waits out rate limits and retries what can be retried; shared by the live Reddit and Hub clients. */
export interface HttpClientOptions {
  /** Sent on every request; Reddit and the Hub ask for a descriptive one. */
  readonly userAgent: string;
  /** At most this many requests per window (Reddit: 100/min per client; the Hub anonymously: 500 per 5 min). */
  readonly maxRequests: number;
  readonly windowMs: number;
  /** Attempts after the first for 429, 5xx and network errors. */
  readonly maxRetries?: number;
  /** First back-off when the server gives no Retry-After; doubled each attempt. */
  readonly backoffMs?: number;
  /** Told whenever the client waits, so a progress line can say so. */
  readonly onWait?: (ms: number, reason: string) => void;
  /** Extra headers on every request (Authorization …). */
  readonly headers?: () => Record<string, string> | Promise<Record<string, string>>;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** An HTTP failure that retries did not cure; `status` is 0 for a network error. */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Client-side limits (a sliding window of request times) plus the server's word: Retry-After on 429/503 and
 * Reddit's X-Ratelimit-Remaining / X-Ratelimit-Reset. Counts every request it sends, so crawls can report it.
 */
export class HttpClient {
  /** Requests sent, retries included. */
  requests = 0;
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private readonly doFetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpClientOptions) {
    this.doFetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** GET `url`; resolves with the Response of the first non-retryable answer (2xx, or 4xx other than 408/429). */
  async get(url: string, init: RequestInit = {}): Promise<Response> {
    return this.send(url, { ...init, method: init.method ?? "GET" });
  }

  async send(url: string, init: RequestInit): Promise<Response> {
    const maxRetries = this.options.maxRetries ?? 5;
    let backoff = this.options.backoffMs ?? 1000;
    for (let attempt = 0; ; attempt += 1) {
      await this.waitForSlot();
      this.requests += 1;
      let response: Response;
      try {
        response = await this.doFetch(url, {
          ...init,
          headers: {
            "User-Agent": this.options.userAgent,
            ...(await this.options.headers?.()),
            ...(init.headers as Record<string, string> | undefined),
          },
        });
      } catch (error) {
        if (attempt >= maxRetries) {
          throw new HttpError(url, 0, `network error after ${attempt + 1} attempts: ${String(error)}`);
        }
        await this.wait(backoff, `network error, retrying ${url}`);
        backoff *= 2;
        continue;
      }
      this.noteRateLimitHeaders(response);
      if (!RETRYABLE.has(response.status)) return response;
      await response.body?.cancel();
      if (attempt >= maxRetries) {
        throw new HttpError(
          url,
          response.status,
          `HTTP ${response.status} after ${attempt + 1} attempts: ${url}`,
        );
      }
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      await this.wait(retryAfter ?? backoff, `HTTP ${response.status}, backing off`);
      backoff *= 2;
    }
  }

  private async waitForSlot(): Promise<void> {
    const now = Date.now();
    if (this.pausedUntil > now) await this.wait(this.pausedUntil - now, "server rate limit reached");
    while (this.sent.length > 0 && (this.sent[0] ?? 0) <= Date.now() - this.options.windowMs)
      this.sent.shift();
    if (this.sent.length >= this.options.maxRequests) {
      const oldest = this.sent[0] ?? Date.now();
      await this.wait(oldest + this.options.windowMs - Date.now(), "client rate limit reached");
      this.sent.shift();
    }
    this.sent.push(Date.now());
  }

  /** Reddit: when Remaining drops below one, pause until Reset (seconds) has passed. */
  private noteRateLimitHeaders(response: Response): void {
    const remaining = Number.parseFloat(response.headers.get("x-ratelimit-remaining") ?? "");
    const reset = Number.parseFloat(response.headers.get("x-ratelimit-reset") ?? "");
    if (Number.isFinite(remaining) && remaining < 1 && Number.isFinite(reset)) {
      this.pausedUntil = Math.max(this.pausedUntil, Date.now() + reset * 1000);
    }
  }

  private async wait(ms: number, reason: string): Promise<void> {
    if (ms <= 0) return;
    this.options.onWait?.(ms, reason);
    await this.sleep(ms);
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
