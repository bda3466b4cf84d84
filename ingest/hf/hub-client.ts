import { listModels } from "@huggingface/hub";

import { HttpClient, HttpError } from "../common/http-client.ts";

/** Fields asked of the Hub for every model (`expand[]`); the graph uses these and nothing else. */
export const MODEL_FIELDS = [
  "author",
  "cardData",
  "createdAt",
  "downloads",
  "gated",
  "lastModified",
  "library_name",
  "likes",
  "pipeline_tag",
  "private",
  "tags",
] as const;

/** Options for a Hub client. */
export interface HubClientOptions {
  /** https://huggingface.co, or a stand-in on 127.0.0.1 in tests. */
  readonly hubUrl?: string;
  /** HF_TOKEN: raises the rate limit and reaches gated and private repos the token may read. */
  readonly token?: string | undefined;
  /** Requests allowed per window; the Hub allows 500 anonymous API calls per 5 minutes. */
  readonly maxRequests?: number;
  readonly windowMs?: number;
  readonly onWait?: (ms: number, reason: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A model fetched by id: its raw API object, or the HTTP status that refused it. */
export type ModelLookup =
  | { readonly ok: true; readonly raw: Record<string, unknown>; readonly url: string }
  | { readonly ok: false; readonly status: number; readonly url: string; readonly reason: string };

/** One page of the list endpoint and the cursor URL of the next (from the Link header). */
export interface ModelPage {
  readonly items: Record<string, unknown>[];
  readonly next: string | undefined;
  readonly url: string;
}

/**
 * The Hub API as the crawlers use it, through one rate-limited, retrying HttpClient that counts requests.
 * listModels from @huggingface/hub lists a model's children; plain REST serves what it cannot:
 * a model with `expand[]=baseModels` and `childrenModelCount`, and 1,000-model pages resumable by cursor.
 */
export class HubClient {
  readonly hubUrl: string;
  private readonly http: HttpClient;

  constructor(options: HubClientOptions = {}) {
    this.hubUrl = (options.hubUrl ?? "https://huggingface.co").replace(/\/+$/, "");
    const token = options.token;
    this.http = new HttpClient({
      userAgent: "commons-graph/0.1 (research crawler; +https://github.com/commons-graph)",
      maxRequests: options.maxRequests ?? (token !== undefined ? 1000 : 500),
      windowMs: options.windowMs ?? 5 * 60_000,
      ...(options.onWait !== undefined ? { onWait: options.onWait } : {}),
      ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
      ...(token !== undefined ? { headers: () => ({ Authorization: `Bearer ${token}` }) } : {}),
    });
  }

  /** HTTP requests sent so far, retries included. */
  get requests(): number {
    return this.http.requests;
  }

  /** GET /api/models/{id} with the graph's fields, baseModels and childrenModelCount (redirects followed). */
  async model(id: string): Promise<ModelLookup> {
    const query = [...MODEL_FIELDS, "baseModels", "childrenModelCount", "siblings"]
      .map((field) => `expand[]=${encodeURIComponent(field)}`)
      .join("&");
    const url = `${this.hubUrl}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?${query}`;
    const response = await this.http.get(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, status: response.status, url, reason: `HTTP ${response.status} for ${url}` };
    }
    return { ok: true, raw: (await response.json()) as Record<string, unknown>, url: response.url || url };
  }

  /**
   * Every model whose tags name `id` as a base, whatever the relation (the tags carry it): one paginated
   * list instead of one per relation. Items come back in the API's own shape, for the normalizer and --save.
   */
  async *children(id: string): AsyncGenerator<Record<string, unknown>> {
    const fields = [
      ...MODEL_FIELDS.filter(
        (f) => !["downloads", "gated", "lastModified", "likes", "pipeline_tag", "private"].includes(f),
      ),
      "childrenModelCount",
    ];
    for await (const entry of listModels({
      search: { tags: [`base_model:${id}`] },
      hubUrl: this.hubUrl,
      // childrenModelCount is a valid expand key the library's type list does not name yet.
      additionalFields: fields as unknown as "author"[],
      fetch: this.fetch,
    })) {
      const {
        name,
        task,
        updatedAt,
        id: _objectId,
        ...rest
      } = entry as unknown as Record<string, unknown> & {
        name: string;
        task?: string;
        updatedAt: Date;
      };
      yield {
        ...rest,
        id: name,
        ...(task !== undefined ? { pipeline_tag: task } : {}),
        ...(Number.isNaN(updatedAt.getTime()) ? {} : { lastModified: updatedAt.toISOString() }),
      };
    }
  }

  /** One page of GET /api/models: `url` is a first-page URL (see listUrl) or the previous page's `next`. */
  async page(url: string): Promise<ModelPage> {
    const response = await this.http.get(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(url, response.status, `HTTP ${response.status} for ${url}`);
    }
    const items = (await response.json()) as unknown;
    if (!Array.isArray(items)) throw new HttpError(url, response.status, `expected a JSON array from ${url}`);
    return { items: items as Record<string, unknown>[], next: nextLink(response.headers.get("link")), url };
  }

  /** The first page of the whole-Hub listing: newest changes first, 1,000 per page, the graph's fields. */
  listUrl(limit = 1000): string {
    const query = [
      `limit=${limit}`,
      "sort=lastModified",
      "direction=-1",
      ...MODEL_FIELDS.map((field) => `expand[]=${encodeURIComponent(field)}`),
    ].join("&");
    return `${this.hubUrl}/api/models?${query}`;
  }

  /** A fetch for @huggingface/hub that goes through the rate limit and retries. */
  private readonly fetch = ((input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    this.http.get(input instanceof Request ? input.url : String(input), init ?? {})) as typeof fetch;
}

/** The rel="next" URL of a Link header. */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}
